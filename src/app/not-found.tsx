import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../lib/use-page-title.ts';

export function NotFoundPage() {
  const { pathname } = useLocation();
  usePageTitle('Page not found');
  return (
    <section className="page page--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        There is no page at <code>{pathname}</code>. The dashboard has these pages:
      </p>
      <ul>
        <li>
          <Link to="/">Overview</Link>: the KORUS story in brief
        </li>
        <li>
          <Link to="/trends">Trade trends</Link>: goods and services trade over time
        </li>
        <li>
          <Link to="/sectors">Sectors</Link>: which products drive the trade
        </li>
        <li>
          <Link to="/viewpoints">Expert viewpoints</Link>: claims next to the data
        </li>
        <li>
          <Link to="/data">Data and sources</Link>: every data set, its coverage and caveats, as CSV or ZIP
        </li>
      </ul>
    </section>
  );
}
