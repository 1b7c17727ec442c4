namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The server's field rules for the newer brand member card routes: required fields and documented lengths.</summary>
public sealed partial class WeChatPayEmulator
{
    /// <summary>
    /// Answers 400 <c>PARAM_ERROR</c> naming the first field that is missing or longer than its limit and returns
    /// <see langword="false"/>; <see langword="true"/> when every field is present and within its limit.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="json">Its body.</param>
    /// <param name="fields">(name, maximum length) of each required field; a maximum of 0 means "present, any length".</param>
    private async Task<bool> RequireAsync(HttpContext context, JsonObject json, params (string Name, int MaxLength)[] fields)
    {
        foreach (var (name, maxLength) in fields)
        {
            var value = json[name];
            var text = value is JsonValue scalar && scalar.TryGetValue<string>(out var s) ? s : null;
            if (value is null || (text is not null && text.Length == 0))
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"{name} 不能为空: {name} is required").ConfigureAwait(false);
                return false;
            }

            if (maxLength > 0 && text is not null && text.Length > maxLength)
            {
                await ErrorAsync(context, 400, WeChatPayConstants.ParamErrorCode, $"{name} 长度超限: {name} is longer than {maxLength}").ConfigureAwait(false);
                return false;
            }
        }

        return true;
    }

    /// <summary>The body of an authenticated request as a JSON object, or <see langword="null"/> after answering the failure.</summary>
    private async Task<JsonObject?> AuthenticatedJsonAsync(HttpContext context)
    {
        var body = await AuthenticateAsync(context).ConfigureAwait(false);
        return body is null ? null : await ReadJsonObjectAsync(context, body).ConfigureAwait(false);
    }

    /// <summary>
    /// The page a list request asks for (the template, user-card and activity lists share it): <c>offset</c> from 0 and
    /// <c>limit</c> from 1 to <see cref="WeChatPayConstants.MaxPageLimit"/>, both required (§1: lists take <c>limit</c>
    /// 1–20). <see langword="false"/> when either is missing or out of range.
    /// </summary>
    private static bool TryReadPage(IQueryCollection query, out int offset, out int limit)
    {
        var hasOffset = int.TryParse(query["offset"], CultureInfo.InvariantCulture, out offset);
        var hasLimit = int.TryParse(query["limit"], CultureInfo.InvariantCulture, out limit);
        return hasOffset && offset >= 0 && hasLimit && limit >= 1 && limit <= WeChatPayConstants.MaxPageLimit;
    }
}
