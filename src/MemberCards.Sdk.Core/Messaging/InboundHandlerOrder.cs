namespace MemberCards.Sdk;

/// <summary>
/// The order in which the handlers of one message run, the same for every service: those of its concrete type first,
/// then those of each family it belongs to, nearest first, then those of the service's base type (every message).
/// Within a level, registration order. Computed once per message type from the registered levels.
/// </summary>
/// <typeparam name="TContext">The service's message context.</typeparam>
internal sealed class InboundHandlerOrder<TContext>
    where TContext : MessageContext
{
    private readonly InboundHandlerLevel<TContext>[] levels;
    private readonly ConcurrentDictionary<Type, InboundHandlerLevel<TContext>[]> byType = new();

    /// <summary>Creates the order over the levels registered for the service.</summary>
    /// <param name="levels">One level per message type that has handlers.</param>
    public InboundHandlerOrder(IEnumerable<InboundHandlerLevel<TContext>> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        this.levels = [.. levels];
    }

    /// <summary>The levels whose handlers run for a message of <paramref name="messageType"/>, in order.</summary>
    /// <param name="messageType">The message's runtime type.</param>
    /// <returns>The levels, nearest type first.</returns>
    public InboundHandlerLevel<TContext>[] For(Type messageType) => byType.GetOrAdd(messageType, Compute, levels);

    private static InboundHandlerLevel<TContext>[] Compute(Type messageType, InboundHandlerLevel<TContext>[] levels)
        => [.. levels
            .Where(level => level.MessageType.IsAssignableFrom(messageType))
            .Select((level, index) => (level, index, distance: Distance(messageType, level.MessageType)))
            .OrderBy(x => x.distance)
            .ThenBy(x => x.index)
            .Select(x => x.level)];

    /// <summary>How many base-type steps lead from <paramref name="type"/> to <paramref name="target"/> (interfaces last).</summary>
    private static int Distance(Type type, Type target)
    {
        var distance = 0;
        for (var current = type; current is not null; current = current.BaseType, distance++)
        {
            if (current == target)
            {
                return distance;
            }
        }

        return int.MaxValue;
    }
}
