import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundPage } from './NotFoundPage';

/**
 * What a page that failed to render shows instead of a blank screen. Inside the frame (`framed`) the header stays;
 * at the root, where the frame itself failed, it stands alone.
 */
export function RouteError({ framed = false }: { framed?: boolean }) {
  const error = useRouteError();
  const page =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <section className="panel" role="alert" data-testid="page-error">
        <h1>This page could not be shown</h1>
        <p>Something went wrong on our side. Reload the page, or go back to the home page and try again.</p>
        <a href="/">Go to the home page</a>
      </section>
    );
  return framed ? page : <main className="app-main">{page}</main>;
}
