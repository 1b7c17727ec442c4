namespace MemberCards.Sdk.TestScans;

/// <summary>
/// How many service descriptors registering one more name reads, in a host that already has some: the measure of
/// whether registration is linear (a constant per name) or scans the whole collection per name (issue 23).
/// </summary>
public static class RegistrationScans
{
    private const int Measured = 10;

    /// <summary>The descriptors read per name while adding 10 names to a host that has <paramref name="existing"/>.</summary>
    /// <param name="existing">How many names are registered before measuring.</param>
    /// <param name="add">Adds one name.</param>
    /// <returns>The reads per name, and who read most (for the failure message).</returns>
    public static (double PerName, string Report) PerName(int existing, Action<IMemberCardsBuilder, string> add)
    {
        ArgumentNullException.ThrowIfNull(add);
        var services = new ScanCountingServiceCollection();
        var builder = services.AddMemberCards();
        for (var i = 0; i < existing + Measured; i++)
        {
            if (i == existing)
            {
                services.Reset();
                services.Recording = true;
            }

            add(builder, "brand" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
        }

        services.Recording = false;
        var report = string.Join("; ", services.VisitedByCaller.Take(6).Select(p => $"{p.Value / Measured} by {p.Key}"));
        return ((double)services.Visited / Measured, report);
    }
}
