namespace MemberCards.Sdk.Testing.Erp;

/// <summary>One points change the ERP emulator applied, as the request carried it.</summary>
/// <param name="PointsChanges"><c>pointsChanges</c>.</param>
/// <param name="PointsRemaining"><c>pointsRemaining</c>.</param>
/// <param name="PointsUsed"><c>pointsUsed</c>.</param>
/// <param name="PointsDescription"><c>pointsDesc</c>, if sent.</param>
/// <param name="Remark"><c>remark</c>, if sent.</param>
/// <param name="StoreNumber"><c>storeNumber</c>, if sent.</param>
public sealed record ErpEmulatorPointsChange(long PointsChanges, long PointsRemaining, long PointsUsed, string? PointsDescription, string? Remark, string? StoreNumber);
