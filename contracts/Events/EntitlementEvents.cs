namespace B2BPortal.Contracts.Events;

/// <summary>
/// The assortment rules of <c>AccountId</c> changed; what it and the units below it may see and buy may have changed.
/// Caches of assortments, and of answers filtered by them, must be dropped at once.
/// </summary>
public sealed record AssortmentChanged : IntegrationEvent;
