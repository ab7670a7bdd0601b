using B2BPortal.Contracts.Accounts;

namespace B2BPortal.Account.Features.Accounts;

/// <summary>A customer company or one of its business units / plants; <see cref="ParentId"/> builds the hierarchy.</summary>
public sealed class Account
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public Guid? ParentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public AccountDto ToDto() => new(Id, Name, ParentId);
}
