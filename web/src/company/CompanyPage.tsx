import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isAbortError } from '../api/client';
import {
  canManageApprovalRules,
  canManageWebhooks,
  canManageMembers,
  customerRoles,
  getAccount,
  inviteMember,
  listMembers,
  listUnits,
  updateMember,
  type AccountDetails,
  type Member,
  type Unit,
} from '../api/accounts';
import { paths } from '../app/paths';
import { useAccount } from '../app/PortalContext';
import { problemText } from '../shared/problems';

const money = (amount: number | null, currency: string) =>
  amount === null ? 'none' : new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);

function depthOf(unit: Unit, units: Unit[]): number {
  let depth = 0;
  let parent = units.find((u) => u.id === unit.parentId);
  while (parent) {
    depth++;
    parent = units.find((u) => u.id === parent!.parentId);
  }
  return depth;
}

/** "My company": the account, the units below it, its people and their roles; admins manage members here. */
export function CompanyPage() {
  const access = useAccount();
  const [details, setDetails] = useState<AccountDetails | null>(null);
  const [units, setUnits] = useState<Unit[]>([]);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('Buyer');
  const [limit, setLimit] = useState('');
  const [becomingApprover, setBecomingApprover] = useState<{ membershipId: string; limit: string } | null>(null);
  const manage = canManageMembers(access);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      getAccount(access.accountId, controller.signal),
      listUnits(access.accountId, controller.signal),
      listMembers(access.accountId, controller.signal),
    ])
      .then(([d, u, m]) => {
        setDetails(d);
        setUnits(u);
        setMembers(m);
      })
      .catch((err: unknown) => {
        if (!isAbortError(err)) setError(problemText(err));
      });
    return () => controller.abort();
  }, [access.accountId, reload]);

  async function act(change: () => Promise<unknown>) {
    setError(null);
    try {
      await change();
      setReload((n) => n + 1);
    } catch (err) {
      setError(problemText(err));
    }
  }

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const approvalLimit = role === 'Approver' ? Number(limit) : null;
    await act(() => inviteMember(access.accountId, { email: email.trim(), role, approvalLimit }));
    setEmail('');
    setLimit('');
  }

  function changeRole(member: Member, newRole: string) {
    if (newRole === 'Approver' && member.approvalLimit === null) {
      setBecomingApprover({ membershipId: member.membershipId, limit: '' });
      return;
    }
    void act(() => updateMember(access.accountId, member.membershipId, { role: newRole }));
  }

  async function makeApprover(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!becomingApprover) return;
    const { membershipId, limit: approvalLimit } = becomingApprover;
    await act(() => updateMember(access.accountId, membershipId, { role: 'Approver', approvalLimit: Number(approvalLimit) }));
    setBecomingApprover(null);
  }

  return (
    <div className="company-page">
      <div className="page-head">
        <h1>My company</h1>
      </div>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {details && (
        <section className="panel" data-testid="company-details">
          <h2>{details.name}</h2>
          <p className="muted">
            {details.level === 1 ? 'Company' : `Unit of ${details.companyName}`} · your roles: {access.roles.join(', ')}
            {access.approvalLimit !== null && ` · approval limit ${money(access.approvalLimit, details.creditTerms.currency)}`}
          </p>
          <p>
            Credit limit {money(details.creditTerms.creditLimit, details.creditTerms.currency)} · payment terms{' '}
            {details.creditTerms.paymentTerms ?? 'none'}
            {details.requireTwoFactor && ' · two-factor sign-in required'}
          </p>
          {canManageApprovalRules(access) && (
            <p>
              <Link to={paths.approvalRules(access.accountId)} data-testid="company-approval-rules">
                Approval rules
              </Link>{' '}
              <span className="muted small">— which orders need whose approval</span>
            </p>
          )}
          {canManageWebhooks(access) && (
            <p>
              <Link to={paths.webhooks(access.accountId)} data-testid="company-webhooks">
                Webhooks
              </Link>{' '}
              <span className="muted small">— order events pushed to your systems</span>
            </p>
          )}
        </section>
      )}
      <section className="panel">
        <h2>Units</h2>
        <ul className="unit-tree" data-testid="unit-tree">
          {units.map((unit) => (
            <li key={unit.id} style={{ paddingLeft: `${depthOf(unit, units) * 1.25}rem` }}>
              {unit.name}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel">
        <h2>People</h2>
        {manage && (
          <form className="order-form" onSubmit={invite}>
            <label className="field">
              <span>E-mail</span>
              <input data-testid="invite-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
            </label>
            <label className="field">
              <span>Role</span>
              <select data-testid="invite-role" value={role} onChange={(e) => setRole(e.target.value)}>
                {customerRoles.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            {role === 'Approver' && (
              <label className="field">
                <span>Approval limit ({details?.creditTerms.currency ?? 'net'})</span>
                <input
                  data-testid="invite-approval-limit"
                  type="number"
                  min="0"
                  step="0.01"
                  value={limit}
                  onChange={(e) => setLimit(e.target.value)}
                  required
                />
              </label>
            )}
            <button type="submit" className="primary" data-testid="invite">
              Invite
            </button>
          </form>
        )}
        {members && (
          <table className="orders-table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Account</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                {manage && <th scope="col">Change</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.membershipId} data-testid="member-row">
                  <td data-label="Name">{member.displayName}</td>
                  <td data-label="E-mail">{member.email}</td>
                  <td data-label="Account">{member.accountName}</td>
                  <td data-label="Role">
                    {manage && (customerRoles as readonly string[]).includes(member.role) ? (
                      <select
                        aria-label={`Role of ${member.email}`}
                        value={member.role}
                        onChange={(e) => changeRole(member, e.target.value)}
                      >
                        {customerRoles.map((r) => (
                          <option key={r}>{r}</option>
                        ))}
                      </select>
                    ) : (
                      member.role
                    )}
                    {member.approvalLimit !== null && ` (limit ${member.approvalLimit})`}
                    {becomingApprover?.membershipId === member.membershipId && (
                      <form className="inline-form" onSubmit={makeApprover}>
                        <input
                          aria-label={`Approval limit of ${member.email}`}
                          type="number"
                          min="0"
                          step="0.01"
                          value={becomingApprover.limit}
                          onChange={(e) => setBecomingApprover({ membershipId: member.membershipId, limit: e.target.value })}
                          required
                        />
                        <button type="submit">Make approver</button>
                        <button type="button" onClick={() => setBecomingApprover(null)}>
                          Cancel
                        </button>
                      </form>
                    )}
                  </td>
                  <td data-label="Status">{member.status}</td>
                  {manage && (
                    <td data-label="Change">
                      <button
                        type="button"
                        onClick={() =>
                          act(() =>
                            updateMember(access.accountId, member.membershipId, {
                              status: member.status === 'Disabled' ? 'Active' : 'Disabled',
                            }),
                          )
                        }
                      >
                        {member.status === 'Disabled' ? 'Enable' : 'Disable'}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
