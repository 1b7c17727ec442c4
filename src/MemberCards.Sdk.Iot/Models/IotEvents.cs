namespace MemberCards.Sdk.Iot;

/// <summary>
/// <c>events</c>: any subset of the documented event kinds, several per message, plus any key this
/// version of the SDK does not know (kept as raw JSON in <see cref="Unknown"/>).
/// </summary>
public sealed class IotEvents
{
    private IReadOnlyList<IotEvent>? all;
    private IReadOnlyList<UnknownIotEvent>? unknown;

    /// <summary><c>customerAdd</c>, when present.</summary>
    public CustomerAddEvent? CustomerAdd { get; set; }

    /// <summary><c>customerUpdate</c>, when present.</summary>
    public CustomerUpdateEvent? CustomerUpdate { get; set; }

    /// <summary><c>customerBindCompany</c>, when present.</summary>
    public CustomerBindCompanyEvent? CustomerBindCompany { get; set; }

    /// <summary><c>customerUnbindCompany</c>, when present.</summary>
    public CustomerUnbindCompanyEvent? CustomerUnbindCompany { get; set; }

    /// <summary><c>customerDelete</c>, when present.</summary>
    public CustomerDeleteEvent? CustomerDelete { get; set; }

    /// <summary><c>companyAdd</c>, when present.</summary>
    public CompanyAddEvent? CompanyAdd { get; set; }

    /// <summary><c>companyUpdate</c>, when present.</summary>
    public CompanyUpdateEvent? CompanyUpdate { get; set; }

    /// <summary><c>companyDelete</c>, when present.</summary>
    public CompanyDeleteEvent? CompanyDelete { get; set; }

    /// <summary>Entries under keys this version of the SDK does not know, in arrival order, as raw JSON.</summary>
    [JsonIgnore]
    public IReadOnlyList<UnknownIotEvent> Unknown => unknown ??= CollectUnknown();

    /// <summary>
    /// Every event present, in dependency order: companyAdd, companyUpdate, customerAdd, customerUpdate,
    /// customerBindCompany, customerUnbindCompany, customerDelete, companyDelete, then the unknown ones.
    /// This is the order the dispatcher hands them to handlers.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IotEvent> All => all ??= CollectAll();

    // These properties stay init-only, unlike the events' fields: they hold references (nothing to box), and an
    // internal twin would make System.Text.Json drop keys spelled like the [JsonIgnore]d public names ("CustomerAdd")
    // instead of keeping them here.

    /// <summary>Keys that did not match a documented event kind (System.Text.Json extension data).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The keys present, comma separated, for logs.</summary>
    /// <returns>Such as <c>customerAdd,customerBindCompany</c>.</returns>
    public override string ToString() => string.Join(',', All.Select(static e => e.Key));

    private List<IotEvent> CollectAll()
    {
        var events = new List<IotEvent>(8);
        Add(events, CompanyAdd);
        Add(events, CompanyUpdate);
        Add(events, CustomerAdd);
        Add(events, CustomerUpdate);
        Add(events, CustomerBindCompany);
        Add(events, CustomerUnbindCompany);
        Add(events, CustomerDelete);
        Add(events, CompanyDelete);
        events.AddRange(Unknown);
        return events;
    }

    private IReadOnlyList<UnknownIotEvent> CollectUnknown()
        => ExtensionData is null || ExtensionData.Count == 0
            ? []
            : [.. ExtensionData.Select(static pair => new UnknownIotEvent(pair.Key, pair.Value))];

    private static void Add(List<IotEvent> events, IotEvent? item)
    {
        if (item is not null)
        {
            events.Add(item);
        }
    }
}
