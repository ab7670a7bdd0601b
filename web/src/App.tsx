import { OrdersPage } from './orders/OrdersPage';

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">B2B Portal</span>
      </header>
      <main className="app-main">
        <OrdersPage />
      </main>
      <footer className="app-footer">B2B buyer portal</footer>
    </div>
  );
}
