import { Navigate, type RouteObject } from 'react-router';
import { ActivityPage } from './activity/ActivityPage';
import { App } from './App';
import { AccountLayout } from './app/AccountLayout';
import { HomeRedirect } from './app/HomeRedirect';
import { NotFoundPage } from './app/NotFoundPage';
import { RouteError } from './app/RouteError';
import { ApprovalReviewPage } from './approvals/ApprovalReviewPage';
import { ApprovalsInbox } from './approvals/ApprovalsInbox';
import { CartPage } from './cart/CartPage';
import { CatalogList } from './catalog/CatalogList';
import { CatalogPage } from './catalog/CatalogPage';
import { PartsLookup } from './catalog/PartsLookup';
import { ProductView } from './catalog/ProductView';
import { CheckoutPage } from './checkout/CheckoutPage';
import { CompanyPage } from './company/CompanyPage';
import { OrderPage } from './orders/OrderPage';
import { OrdersPage } from './orders/OrdersPage';
import { NewQuotePage } from './quotes/NewQuotePage';
import { QuoteEditorPage } from './quotes/QuoteEditorPage';
import { QuotePage } from './quotes/QuotePage';
import { QuotesPage } from './quotes/QuotesPage';
import { ApprovalRulesPage } from './settings/ApprovalRulesPage';
import { WebhooksPage } from './settings/WebhooksPage';

/** Every page of the portal by its URL (see app/paths.ts for building them). */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <App />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'accounts/:accountId',
        element: <AccountLayout />,
        errorElement: <RouteError framed />,
        children: [
          { index: true, element: <Navigate to="catalog" replace /> },
          {
            path: 'catalog',
            element: <CatalogPage />,
            children: [
              { index: true, element: <CatalogList /> },
              { path: 'products/:sku', element: <ProductView /> },
              { path: 'parts', element: <PartsLookup /> },
              { path: 'parts/:model', element: <PartsLookup /> },
            ],
          },
          { path: 'cart', element: <CartPage /> },
          { path: 'checkout', element: <CheckoutPage /> },
          { path: 'orders', element: <OrdersPage /> },
          { path: 'orders/:orderId', element: <OrderPage /> },
          { path: 'quotes', element: <QuotesPage /> },
          { path: 'quotes/new', element: <NewQuotePage /> },
          { path: 'quotes/:quoteId', element: <QuotePage /> },
          { path: 'quotes/:quoteId/edit', element: <QuoteEditorPage /> },
          { path: 'approvals', element: <ApprovalsInbox /> },
          { path: 'approvals/:orderId', element: <ApprovalReviewPage /> },
          { path: 'company', element: <CompanyPage /> },
          { path: 'activity', element: <ActivityPage /> },
          { path: 'settings/approvals', element: <ApprovalRulesPage /> },
          { path: 'settings/webhooks', element: <WebhooksPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
