import { Link } from 'react-router';
import { isDiscontinued, type ServicePart } from '../api/catalog';
import { paths } from '../app/paths';
import { formatQuantity } from '../shared/format';
import type { ProductLinkState } from './catalogArea';

/** The parts list of an equipment model: position, SKU (links to the part), name, quantity, lifecycle. */
export function ServicePartsTable({
  accountId,
  parts,
  testId,
  linkState,
}: {
  accountId: string;
  parts: ServicePart[];
  testId: string;
  /** What the part's page offers to go back to. */
  linkState: ProductLinkState;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Pos.</th>
            <th scope="col">SKU</th>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Qty
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {parts.length === 0 && (
            <tr className="empty-row">
              <td colSpan={5}>None of this model's parts are in your catalog.</td>
            </tr>
          )}
          {parts.map((part, i) => (
            <tr key={`${part.position}-${part.sku}-${i}`} data-testid="part-row" data-sku={part.sku}>
              <td>{part.position}</td>
              <td className="nowrap">
                <Link to={paths.product(accountId, part.sku)} state={linkState} data-testid="part-link">
                  {part.sku}
                </Link>
              </td>
              <td>{part.name}</td>
              <td className="num">{formatQuantity(part.quantity)}</td>
              <td>
                {isDiscontinued(part.lifecycle) ? <span className="badge badge-discontinued">Discontinued</span> : part.lifecycle}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
