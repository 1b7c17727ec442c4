namespace MemberCards.Sdk.Testing.Erp;

/// <summary>
/// A merchant ERP on Kestrel (127.0.0.1) serving <c>POST /user/memberPoints</c> as the ERP document describes:
/// members are matched by mobile number and created when unknown, points changes are applied, and the answer is
/// <c>code</c> 10000 with the member or 20000 with <c>info</c>. It can answer with string-typed numbers
/// (<see cref="NumberStyle"/>), slowly after applying the change (<see cref="AnswerSlowly"/>), with 5xx (<see cref="AnswerWithStatus"/>),
/// fail on demand (<see cref="FailNext"/>), and check a sample signature (<see cref="ErpEmulatorOptions.Signature"/>).
/// It also serves <c>GET /user/memberInfo?mobile=...</c> (<see cref="MemberInfoPath"/>), an endpoint the SDK does not
/// model, for tests of <c>AddErpPoints(name).AddApi&lt;TApi&gt;()</c>: the member, or <c>code</c> 20000 when unknown.
/// </summary>
public sealed class ErpEmulator : IAsyncDisposable
{
    /// <summary>The path of the points change (<see cref="MemberCards.Sdk.Erp.ErpConstants.MemberPointsPath"/>).</summary>
    public const string Path = MemberCards.Sdk.Erp.ErpConstants.MemberPointsPath;

    /// <summary>The path of the member lookup the SDK does not model (<c>GET /user/memberInfo?mobile=...</c>).</summary>
    public const string MemberInfoPath = "/user/memberInfo";

    private readonly ConcurrentDictionary<string, ErpEmulatorMember> members = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Message, string InfoJson)> failures = new();
    private readonly ConcurrentQueue<TimeSpan> slowAnswers = new();
    private readonly ErpEmulatorOptions options;
    private EmulatorHost? host;
    private bool ownsHost = true;
    private int nextCard;

    internal ErpEmulator(ErpEmulatorOptions options)
    {
        this.options = options;
        NumberStyle = options.NumberStyle;
    }

    /// <summary>The ERP's base address, to use as <c>ErpPointsOptions.BaseAddress</c>.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The underlying server: recorded requests and scripted faults.</summary>
    public EmulatorHost Host => host ?? throw new InvalidOperationException("The emulator has not started.");

    /// <summary>The faults to inject (a shortcut for <c>Host.Faults</c>).</summary>
    public FaultScript Faults => Host.Faults;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Host.Requests;

    /// <summary>How <c>code</c>, <c>level</c> and <c>state</c> are written from now on.</summary>
    public ErpEmulatorNumberStyle NumberStyle { get; set; }

    /// <summary>The members the ERP knows, including those it created.</summary>
    public IReadOnlyCollection<ErpEmulatorMember> Members => [.. members.Values];

    /// <summary>Starts an emulator.</summary>
    /// <param name="options">How it behaves, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<ErpEmulator> StartAsync(ErpEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new ErpEmulator(options ?? new ErpEmulatorOptions());
        emulator.host = await EmulatorHost.StartAsync(
            emulator.MapRoutes,
            configureServices: null,
            cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Adds (or replaces) a member the ERP already knows.</summary>
    /// <param name="member">The member.</param>
    /// <returns>The same member, to inspect later.</returns>
    public ErpEmulatorMember AddMember(ErpEmulatorMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        members[member.Mobile] = member;
        return member;
    }

    /// <summary>The member with a mobile number, or <see langword="null"/>.</summary>
    /// <param name="mobile">The mobile number.</param>
    /// <returns>The member, or <see langword="null"/>.</returns>
    public ErpEmulatorMember? FindMember(string mobile) => members.TryGetValue(mobile, out var member) ? member : null;

    /// <summary>Answers the next request with the failure shape (<c>code</c> 20000) without applying anything.</summary>
    /// <param name="message">The <c>msg</c>.</param>
    /// <param name="infoJson">The <c>info</c> as raw JSON; <c>{}</c> as in the document.</param>
    public void FailNext(string message = "请求失败", string infoJson = "{}")
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(infoJson);
        using (JsonDocument.Parse(infoJson))
        {
            // Only checks that the info is JSON.
        }

        failures.Enqueue((message, infoJson));
    }

    /// <summary>
    /// For the next <paramref name="times"/> requests, applies the change and then waits <paramref name="delay"/>
    /// before answering, as a slow ERP does: a client that gives up meanwhile leaves a change that WAS applied,
    /// which is exactly why a timeout means "outcome unknown". (To be slow before applying anything, script
    /// <c>Faults.Next(Fault.Wait(delay))</c> instead.)
    /// </summary>
    /// <param name="delay">How long to wait after applying.</param>
    /// <param name="times">How many requests.</param>
    public void AnswerSlowly(TimeSpan delay, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        for (var i = 0; i < times; i++)
        {
            slowAnswers.Enqueue(delay);
        }
    }

    /// <summary>Answers the next <paramref name="times"/> requests with an HTTP status (such as 502) without applying anything.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="times">How many requests.</param>
    public void AnswerWithStatus(int statusCode, int times = 1) => Faults.Next(Fault.Status(statusCode, "<html><body>upstream error</body></html>"), Path, times);

    /// <summary>Stops the emulator.</summary>
    /// <returns>A task that completes when it has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (host is not null && ownsHost)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Maps the emulator's route.</summary>
    internal void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (RequestDelegate)HandleAsync);
        app.MapGet(MemberInfoPath, (RequestDelegate)HandleMemberInfoAsync);
    }

    /// <summary>Serves this emulator from a host it shares with other emulators (and does not stop).</summary>
    internal void UseSharedHost(EmulatorHost shared)
    {
        host = shared;
        ownsHost = false;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();

        if (await RefusedAsync(context, body).ConfigureAwait(false))
        {
            return;
        }

        ErpEmulatorRequest request;
        try
        {
            request = ErpEmulatorRequest.Parse(body);
        }
        catch (FormatException ex)
        {
            await WriteAsync(context, w => WriteEnvelope(w, MemberCards.Sdk.Erp.ErpConstants.FailureCode, ex.Message, info: i => i.WriteString("field", ex.Data["field"] as string ?? "$"))).ConfigureAwait(false);
            return;
        }

        var member = members.GetOrAdd(request.Mobile, mobile => new ErpEmulatorMember
        {
            Mobile = mobile,
            CardNo = "e" + Interlocked.Increment(ref nextCard).ToString("D7", CultureInfo.InvariantCulture),
            StoreNumber = request.StoreNumber ?? options.DefaultStoreNumber,
            CreatedByEmulator = true,
        });
        member.Apply(new ErpEmulatorPointsChange(request.PointsChanges, request.PointsRemaining, request.PointsUsed, request.PointsDescription, request.Remark, request.StoreNumber));
        if (slowAnswers.TryDequeue(out var delay))
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await WriteAsync(context, w => WriteEnvelope(w, MemberCards.Sdk.Erp.ErpConstants.SuccessCode, "成功", info: null, data: member)).ConfigureAwait(false);
    }

    /// <summary>Answers a request the emulator refuses before reading it (a bad signature, then a queued failure); <see langword="true"/> when it did.</summary>
    private async Task<bool> RefusedAsync(HttpContext context, byte[] body)
    {
        if (options.Signature is { } signature && ErpEmulatorSignatureCheck.Problem(signature, context.Request.Headers, body, options.TimeProvider) is { } problem)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await WriteAsync(context, w => WriteEnvelope(w, "40001", "签名验证失败", info: i => i.WriteString("reason", problem))).ConfigureAwait(false);
            return true;
        }

        if (failures.TryDequeue(out var failure))
        {
            await WriteAsync(context, w => WriteEnvelope(w, MemberCards.Sdk.Erp.ErpConstants.FailureCode, failure.Message, info: null, rawInfo: failure.InfoJson)).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private async Task HandleMemberInfoAsync(HttpContext context)
    {
        if (await RefusedAsync(context, []).ConfigureAwait(false))
        {
            return;
        }

        var mobile = context.Request.Query["mobile"].ToString();
        var member = FindMember(mobile);
        await WriteAsync(context, w =>
        {
            if (member is null)
            {
                WriteEnvelope(w, MemberCards.Sdk.Erp.ErpConstants.FailureCode, "会员不存在", info: i => i.WriteString("mobile", mobile));
            }
            else
            {
                WriteEnvelope(w, MemberCards.Sdk.Erp.ErpConstants.SuccessCode, "成功", info: null, data: member);
            }
        }).ConfigureAwait(false);
    }

    private void WriteEnvelope(Utf8JsonWriter writer, string code, string message, Action<Utf8JsonWriter>? info, string? rawInfo = null, ErpEmulatorMember? data = null)
    {
        writer.WriteStartObject();
        WriteNumber(writer, "code", code, asString: NumberStyle == ErpEmulatorNumberStyle.Strings);
        writer.WriteString("msg", message);
        if (data is not null)
        {
            writer.WriteStartObject("data");
            writer.WriteString("name", data.Name);
            writer.WriteString("sex", data.Sex);
            writer.WriteString("identityCardNo", data.IdentityCardNo);
            writer.WriteString("birthday", data.Birthday);
            writer.WriteString("email", data.Email);
            var levelStateAsString = NumberStyle != ErpEmulatorNumberStyle.Numbers;
            WriteNumber(writer, "level", data.Level.ToString(CultureInfo.InvariantCulture), levelStateAsString);
            WriteNumber(writer, "state", data.State.ToString(CultureInfo.InvariantCulture), levelStateAsString);
            writer.WriteString("address", data.Address);
            writer.WriteString("cardNo", data.CardNo);
            writer.WriteString("storeNumber", data.StoreNumber);
            writer.WriteEndObject();
        }

        if (rawInfo is not null)
        {
            writer.WritePropertyName("info");
            writer.WriteRawValue(rawInfo);
        }
        else if (info is not null)
        {
            writer.WriteStartObject("info");
            info(writer);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, string digits, bool asString)
    {
        if (asString)
        {
            writer.WriteString(name, digits);
        }
        else
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(digits);
        }
    }

    private static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted).ConfigureAwait(false);
    }
}
