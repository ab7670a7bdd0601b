import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <section className="panel" data-testid="not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may be incomplete.</p>
      <Link to="/" data-testid="not-found-home">
        Go to the home page
      </Link>
    </section>
  );
}
