import { formatQuantity, isDiscontinued, type ServicePart } from '../api/catalog';

/** The parts list of an equipment model: position, SKU (opens the part), name, quantity, lifecycle. */
export function ServicePartsTable({
  parts,
  testId,
  onOpenProduct,
}: {
  parts: ServicePart[];
  testId: string;
  onOpenProduct: (sku: string) => void;
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
                <button type="button" className="link-button" data-testid="part-link" onClick={() => onOpenProduct(part.sku)}>
                  {part.sku}
                </button>
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
