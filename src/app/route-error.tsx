import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Per-route error boundary: a readable message and a way back instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  let message = 'Something went wrong while showing this page.';
  if (isRouteErrorResponse(error)) message = `${error.status} ${error.statusText}`;
  else if (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  ) {
    message = 'A part of the app could not be loaded, perhaps after an update. Reload the page to continue.';
  }
  return (
    <section className="page page--narrow" aria-labelledby="route-error-title">
      <div className="notice notice--error" role="alert">
        <h1 id="route-error-title">This page could not be shown</h1>
        <p>{message}</p>
        <p className="notice__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload
          </button>
          <Link to="/" className="button button--ghost">
            Back to the overview
          </Link>
        </p>
      </div>
    </section>
  );
}
