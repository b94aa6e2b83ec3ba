import { Link, NavLink, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { NAV } from './nav.ts';

export function AppLayout() {
  const navigation = useNavigation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" aria-label="KORUS Lens, overview">
            <svg viewBox="0 0 32 32" width="22" height="22" aria-hidden="true">
              <rect width="32" height="32" rx="6" fill="currentColor" />
              <path d="M6 22 L12 14 L17 18 L26 8" fill="none" stroke="#56B4E9" strokeWidth="3" strokeLinecap="round" />
            </svg>
            <span>KORUS Lens</span>
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav-link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {navigation.state === 'loading' && (
          <div className="route-progress" role="progressbar" aria-label="Loading page" />
        )}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>
          US–South Korea trade under the KORUS FTA (signed 2007, in force 15 Mar 2012, amended version in force 1 Jan
          2019). Figures in current US dollars from the US point of view: a negative balance is a US deficit. Sources
          are named under every chart; every data set, its caveats and downloads are on{' '}
          <Link to="/data">Data and sources</Link>.
        </p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
