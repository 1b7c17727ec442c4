namespace MemberCards.Sdk.Erp;

/// <summary>Checks a <see cref="MemberPointsChangeRequest"/> before anything is sent; each message names the property and its wire field.</summary>
internal static class MemberPointsChangeRequestValidator
{
    /// <exception cref="ArgumentNullException">The request is <see langword="null"/>.</exception>
    /// <exception cref="MemberCardsValidationException">A field is missing, malformed, negative or too long (its <see cref="MemberCardsValidationException.FieldPath"/> is the wire name).</exception>
    public static void ThrowIfInvalid(MemberPointsChangeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Problem(request) is { } problem)
        {
            throw new MemberCardsValidationException(ErpConstants.ServiceName, FieldOf(problem), problem);
        }
    }

    /// <summary>The wire name a problem names in parentheses, as every message of <see cref="Problem"/> does.</summary>
    private static string FieldOf(string problem)
    {
        var open = problem.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : problem.IndexOf(')', open);
        return close > open + 1 ? problem[(open + 1)..close] : "request";
    }

    /// <summary>The first problem with the request, or <see langword="null"/> when it can be sent.</summary>
    public static string? Problem(MemberPointsChangeRequest request)
    {
        if (string.IsNullOrEmpty(request.Mobile))
        {
            return "MemberPointsChangeRequest.Mobile (mobile) is required.";
        }

        if (!IsMainlandMobile(request.Mobile))
        {
            return $"MemberPointsChangeRequest.Mobile (mobile) must be a mainland China mobile number: 11 digits, the first 1 and the second 3 to 9, such as 13800001111; got '{Redaction.Phone(request.Mobile)}' ({request.Mobile.Length} characters).";
        }

        if (request.PointsRemaining < 0)
        {
            return $"MemberPointsChangeRequest.PointsRemaining (pointsRemaining) must not be negative; got {request.PointsRemaining}.";
        }

        if (request.PointsUsed < 0)
        {
            return $"MemberPointsChangeRequest.PointsUsed (pointsUsed) must not be negative; got {request.PointsUsed}.";
        }

        return TooLong(request.PointsDescription, MemberPointsChangeRequest.MaxPointsDescriptionLength, "PointsDescription (pointsDesc)")
            ?? TooLong(request.Remark, MemberPointsChangeRequest.MaxRemarkLength, "Remark (remark)")
            ?? TooLong(request.StoreNumber, MemberPointsChangeRequest.MaxStoreNumberLength, "StoreNumber (storeNumber)");
    }

    /// <summary>11 ASCII digits, <c>1</c> then <c>3</c>-<c>9</c>: the mainland China mobile number plan.</summary>
    public static bool IsMainlandMobile(string mobile)
    {
        if (mobile.Length != 11 || mobile[0] != '1' || mobile[1] < '3' || mobile[1] > '9')
        {
            return false;
        }

        foreach (var c in mobile)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string? TooLong(string? value, int max, string field)
        => value is not null && value.Length > max
            ? $"MemberPointsChangeRequest.{field} must be at most {max} characters; got {value.Length}."
            : null;
}
