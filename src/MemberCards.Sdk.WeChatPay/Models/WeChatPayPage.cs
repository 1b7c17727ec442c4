namespace MemberCards.Sdk.WeChatPay;

/// <summary>One page of a WeChat Pay list: a user's cards (<see cref="UserCard"/>) or a brand's templates (<see cref="CardTemplate"/>).</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class WeChatPayPage<T>
{
    /// <summary><c>total_count</c>: how many items in all.</summary>
    public int TotalCount { get; set; }

    /// <summary><c>offset</c>: where this page starts.</summary>
    public int Offset { get; set; }

    /// <summary><c>limit</c>: the page size asked for.</summary>
    public int Limit { get; set; }

    /// <summary><c>data</c>: the items of this page (a user card's sensitive fields are still encrypted: each is decrypted when it is first revealed).</summary>
    public IReadOnlyList<T>? Data { get; set; }
}
