namespace MemberCards.Sdk.Iot;

/// <summary><c>customerDelete</c>: customers were deleted (客户删除).</summary>
public sealed class CustomerDeleteEvent() : IotEvent(IotEventKind.CustomerDelete)
{
    /// <summary><c>customerUserDTOS</c>: the deleted customers (客户删除数据); <c>null</c> items are skipped, empty when none.</summary>
    [JsonPropertyName("customerUserDTOS")]
    public IReadOnlyList<DeletedCustomer> Customers { get; set => field = WithoutNulls(value); } = [];

    /// <summary>The event in short: kind and customer ids.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} customerIds=[{string.Join(',', Customers.Select(static c => c.CustomerId))}]";

    private static IReadOnlyList<DeletedCustomer> WithoutNulls(IReadOnlyList<DeletedCustomer>? value)
        => value is null ? [] : value.Contains(null!) ? [.. value.Where(static c => c is not null)] : value;
}
