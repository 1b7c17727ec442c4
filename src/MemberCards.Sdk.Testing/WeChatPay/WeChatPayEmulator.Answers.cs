using Microsoft.AspNetCore.Http.Features;

namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's request checks and signed answers.</summary>
public sealed partial class WeChatPayEmulator
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] Serialize(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        context.Request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Verifies the Authorization; on failure answers 401 and returns <see langword="null"/>.</summary>
    private async Task<byte[]?> AuthenticateAsync(HttpContext context)
        => await AuthenticateAsync(context, await ReadBodyAsync(context).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>
    /// Verifies the Authorization over <paramref name="body"/>, the bytes WeChat Pay signs: the request body, or for an
    /// image upload its <c>meta</c> JSON. On failure answers and returns <see langword="null"/>.
    /// </summary>
    private async Task<byte[]?> AuthenticateAsync(HttpContext context, byte[] body)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (context.Request.Path + context.Request.QueryString);
        RecordTarget(rawTarget);
        var signer = MerchantKeyNamedBy(context.Request.Headers.Authorization.ToString());
        var brand = IsBrandDirect(context);
        var failure = WeChatPayRequestAuthenticator.Check(
            context.Request.Method,
            rawTarget,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null,
            body,
            brand ? (RequestSignature.BrandScheme, "brand_id", BrandId) : (RequestSignature.Scheme, "mchid", MerchantId),
            signer.SerialNumber,
            signer.Rsa,
            options.TimeProvider.GetUtcNow());
        if (failure is { } error)
        {
            await ErrorAsync(context, 401, error.Code, error.Message, error.Detail).ConfigureAwait(false);
            return null;
        }

        if (brand && context.Request.Headers[WeChatPayConstants.SerialHeader].ToString() != PublicKeyId)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "Wechatpay-Serial must be the WeChat Pay public key id (PUB_KEY_ID_...) of the brand on every brand-direct request").ConfigureAwait(false);
            return null;
        }

        var served = brand ? await WithBrandOfAuthorizationAsync(context, body).ConfigureAwait(false) : body;
        if (served is null)
        {
            return null;
        }

        return await WithinRateLimitAsync(context).ConfigureAwait(false) ? served : null;
    }

    /// <summary>The private key matching the request's <c>Wechatpay-Serial</c>, for decrypting sensitive fields, or <see langword="null"/>.</summary>
    private RSA? KeyForRequestSerial(HttpContext context)
    {
        var serial = context.Request.Headers[WeChatPayConstants.SerialHeader].ToString();
        if (PublicKeyNamed(serial) is { } publicKey)
        {
            return publicKey.Rsa;
        }

        return PlatformKeys.FirstOrDefault(k => k.SerialNumber == serial)?.Rsa;
    }

    /// <summary>Decrypts the sensitive fields of a request body in place; answers 400 and returns false when it cannot.</summary>
    private async Task<bool> DecryptRequestFieldsAsync(HttpContext context, JsonObject body)
    {
        if (!WeChatPaySensitiveJson.HasAny(body))
        {
            return true;
        }

        var key = KeyForRequestSerial(context);
        if (key is null)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "Wechatpay-Serial 缺失或无效: the request carries encrypted fields but no known Wechatpay-Serial").ConfigureAwait(false);
            return false;
        }

        try
        {
            WeChatPaySensitiveJson.Transform(body, text => RsaOaep.Decrypt(key, text));
            return true;
        }
        catch (MemberCardsFormatException)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "敏感字段解密失败: a sensitive field is not encrypted with the key named by Wechatpay-Serial").ConfigureAwait(false);
            return false;
        }
    }

    private async Task<JsonObject?> ReadJsonObjectAsync(HttpContext context, byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject json)
            {
                return json;
            }
        }
        catch (JsonException)
        {
        }

        await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "请求体不是JSON对象").ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Stores a created resource under <paramref name="id"/>, written to it as <paramref name="idField"/>, with its first
    /// state (<paramref name="stateField"/> = <paramref name="state"/>) and <c>create_time</c> and <c>modify_time</c> now.
    /// </summary>
    private void AddOwned(ConcurrentDictionary<string, JsonObject> store, JsonObject resource, string idField, string id, string stateField, string state)
    {
        var now = Rfc3339(options.TimeProvider.GetUtcNow());
        resource[idField] = id;
        resource[stateField] = state;
        resource["create_time"] = now;
        resource["modify_time"] = now;
        store[id] = resource;
    }

    /// <summary>
    /// The stored resource the path's <paramref name="routeKey"/> names, if <paramref name="brandId"/> owns it; otherwise
    /// <see langword="null"/> after answering 404 <c>RESOURCE_NOT_EXISTS</c> with <paramref name="notFound"/>.
    /// </summary>
    private async Task<JsonObject?> FindOwnedAsync(HttpContext context, ConcurrentDictionary<string, JsonObject> store, string routeKey, string? brandId, string notFound)
    {
        var id = context.Request.RouteValues[routeKey]?.ToString();
        if (id is not null && store.TryGetValue(id, out var resource) && (string?)resource["brand_id"] == brandId)
        {
            return resource;
        }

        await ErrorAsync(context, 404, WeChatPayConstants.ResourceNotExistsCode, notFound).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The GET of a stored resource: the request authenticated, the resource of its path found under its <c>brand_id</c>
    /// query by <paramref name="find"/> (which answers 404 itself), and answered.
    /// </summary>
    private RequestDelegate ReadOwned(Func<HttpContext, string?, Task<JsonObject?>> find) => async context =>
    {
        if (await QueriedOwnedAsync(context, find).ConfigureAwait(false) is { } resource)
        {
            await ResourceAsync(context, resource).ConfigureAwait(false);
        }
    };

    /// <summary>An authenticated request's resource, named by the path and the <c>brand_id</c> query; <see langword="null"/> once answered otherwise.</summary>
    private async Task<JsonObject?> QueriedOwnedAsync(HttpContext context, Func<HttpContext, string?, Task<JsonObject?>> find)
        => await AuthenticateAsync(context).ConfigureAwait(false) is null ? null : await find(context, context.Request.Query["brand_id"].ToString()).ConfigureAwait(false);

    /// <summary>
    /// Applies <paramref name="change"/> to a stored resource and stamps its <c>modify_time</c>, under the resource's
    /// lock; returns a copy taken under the same lock, to answer with.
    /// </summary>
    private JsonObject Change(JsonObject resource, Action<JsonObject> change)
    {
        lock (resource)
        {
            change(resource);
            resource["modify_time"] = Rfc3339(options.TimeProvider.GetUtcNow());
            return (JsonObject)resource.DeepClone();
        }
    }

    /// <summary>Answers 200 with a copy of a stored resource taken under its lock.</summary>
    private Task ResourceAsync(HttpContext context, JsonObject resource)
    {
        JsonNode copy;
        lock (resource)
        {
            copy = resource.DeepClone();
        }

        return AnswerAsync(context, 200, copy);
    }

    private Task ErrorAsync(HttpContext context, int status, string code, string message, JsonObject? detail = null)
    {
        var error = new JsonObject { ["code"] = code, ["message"] = message };
        if (detail is not null)
        {
            error["detail"] = detail;
        }

        return AnswerAsync(context, status, error);
    }

    /// <summary>Answers with a card, sensitive fields encrypted to the merchant key.</summary>
    private Task CardAsync(HttpContext context, JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        WeChatPaySensitiveJson.Encrypt(copy, MerchantKey.Rsa);
        return AnswerAsync(context, 200, copy);
    }

    private async Task AnswerAsync(HttpContext context, int status, JsonNode? json)
    {
        var (key, serial) = SigningKeyFor(context);
        var scheme = IsBrandDirect(context) ? RequestSignature.BrandScheme : RequestSignature.Scheme;
        var (headers, body) = WeChatPayAnswerSigner.Sign(json is null ? [] : Serialize(json), key, serial, options.TimeProvider.GetUtcNow(), NextMisbehavior(), scheme);
        context.Response.StatusCode = status;
        context.Response.Headers[WeChatPayConstants.RequestIdHeader] = Guid.NewGuid().ToString("N");
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A brand-direct request names no <c>brand_id</c> (its Authorization does): one that does is refused; otherwise the
    /// brand is added to its query (no body) or body, so one set of handlers serves both families.
    /// </summary>
    private async Task<byte[]?> WithBrandOfAuthorizationAsync(HttpContext context, byte[] body)
    {
        JsonObject? json = null;
        try
        {
            json = body.Length > 0 ? JsonNode.Parse(body) as JsonObject : null;
        }
        catch (JsonException)
        {
            return body;
        }

        if (context.Request.Query.ContainsKey("brand_id") || json?.ContainsKey("brand_id") == true)
        {
            await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, "a brand-direct request names no brand_id: the Authorization does").ConfigureAwait(false);
            return null;
        }

        if (json is null)
        {
            context.Request.QueryString = context.Request.QueryString.Add("brand_id", BrandId);
            return body;
        }

        json["brand_id"] = BrandId;
        return Serialize(json);
    }

    /// <summary>Whether the request is to the brand-direct family (<c>/brand/card-member</c>).</summary>
    private static bool IsBrandDirect(HttpContext context) => context.Request.Path.StartsWithSegments(WeChatPayConstants.BrandPrefix, StringComparison.Ordinal);

    private (RSA Key, string Serial) SigningKeyFor(HttpContext context)
    {
        var usePublicKey = ResponseSigning switch
        {
            WeChatPayResponseSigning.PublicKey or WeChatPayResponseSigning.Brand => true,
            WeChatPayResponseSigning.PlatformCertificate => false,
            _ => context.Request.Headers[WeChatPayConstants.SerialHeader].ToString().StartsWith("PUB_KEY_ID_", StringComparison.Ordinal) || !ServeCertificates,
        };
        if (usePublicKey)
        {
            // The key the request named (the previous one still, for a request sent before a rotation), else the current one.
            var named = context.Request.Headers[WeChatPayConstants.SerialHeader].ToString();
            return PublicKeyNamed(named) is { } requested ? (requested.Rsa, named) : (PublicKey.Rsa, PublicKeyId);
        }

        var current = CurrentPlatformKey;
        return (current.Rsa, current.SerialNumber);
    }
}
