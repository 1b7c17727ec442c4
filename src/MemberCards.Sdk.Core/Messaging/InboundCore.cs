namespace MemberCards.Sdk;

/// <summary>
/// The one inbound dispatch core under every service and transport. A service verifies and parses a message and
/// builds its key; this claims it (<see cref="IMessageDeduplicationStore"/>), creates a scope and the service's context,
/// runs the handlers of each item in <see cref="InboundHandlerOrder{TContext}"/>, releases the claim when a handler
/// throws or none ran, completes it otherwise, and logs, traces (one activity) and counts (<c>membercards.inbound.*</c>)
/// every message the same way.
/// </summary>
internal sealed class InboundCore(IMessageDeduplicationStore store, IServiceScopeFactory scopes, ILogger<InboundCore> logger, TimeProvider time)
{
    /// <summary>Runs the handlers of a message's items at most once per de-duplication key.</summary>
    /// <typeparam name="TContext">The service's message context.</typeparam>
    /// <param name="delivery">The message's service, registration, id, key and timing settings.</param>
    /// <param name="order">The service's handler order.</param>
    /// <param name="items">The typed messages to hand to the handlers (one, or an IoT message's events).</param>
    /// <param name="createContext">Creates the context in the message's scope.</param>
    /// <param name="cancellationToken">Cancels the claim and the handlers.</param>
    /// <returns>What was done.</returns>
    public async Task<InboundRun> RunAsync<TContext>(
        InboundDelivery delivery,
        InboundHandlerOrder<TContext> order,
        IReadOnlyList<object> items,
        Func<IServiceProvider, TContext> createContext,
        CancellationToken cancellationToken)
        where TContext : MessageContext
    {
        var started = time.GetTimestamp();
        var key = InboundDeduplication.ScopeKey(delivery.DeduplicationKey, delivery.RegistrationName);
        using var activity = MemberCardsTelemetry.ActivitySource.HasListeners()
            ? MemberCardsTelemetry.ActivitySource.StartActivity(delivery.Service + " receive", ActivityKind.Consumer)
            : null;
        activity?.SetTag("service", delivery.Service);
        activity?.SetTag("registration", delivery.RegistrationName);
        activity?.SetTag("messaging.message.id", delivery.MessageId);

        var calls = 0;
        List<object>? unhandled = null;
        InboundOutcome outcome;
        try
        {
            outcome = await InboundDeduplication.RunOnceAsync(store, key, delivery.ProcessingTimeout, delivery.DeduplicationWindow, async ct =>
            {
                (calls, unhandled) = await RunHandlersAsync(ct).ConfigureAwait(false);
                return calls;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            Record(delivery.Service, "Failed", started);
            throw;
        }

        activity?.SetTag("outcome", outcome.ToString());
        Record(delivery.Service, outcome.ToString(), started);
        Log(delivery, outcome, calls);
        return new InboundRun(outcome, outcome == InboundOutcome.Handled ? calls : 0, key, unhandled is null ? [] : unhandled);

        // The handlers of every item, in one scope; the delivery, the order and the items are this run's.
        async Task<(int Calls, List<object>? Unhandled)> RunHandlersAsync(CancellationToken token)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var context = createContext(scope.ServiceProvider);
                var handled = 0;
                List<object>? missed = null;
                foreach (var item in items)
                {
                    var made = 0;
                    try
                    {
                        foreach (var level in order.For(item.GetType()))
                        {
                            made += await level.RunAsync(scope.ServiceProvider, item, context, token).ConfigureAwait(false);
                        }
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                    {
                        InboundLog.HandlerFailed(logger, ex, delivery.Service, delivery.RegistrationName, item.GetType().Name, delivery.MessageId);
                        throw;
                    }

                    if (made == 0)
                    {
                        (missed ??= []).Add(item);
                        InboundLog.NoHandler(logger, delivery.Service, delivery.RegistrationName, item.GetType().Name, delivery.MessageId);
                    }

                    handled += made;
                }

                return (handled, missed);
            }
        }
    }

    private void Log(InboundDelivery delivery, InboundOutcome outcome, int calls)
    {
        switch (outcome)
        {
            case InboundOutcome.Handled:
                InboundLog.Handled(logger, delivery.Service, delivery.RegistrationName, delivery.MessageId, calls);
                break;
            case InboundOutcome.Duplicate:
                InboundLog.Duplicate(logger, delivery.Service, delivery.RegistrationName, delivery.MessageId);
                break;
            case InboundOutcome.InProgress:
                InboundLog.InProgress(logger, delivery.Service, delivery.RegistrationName, delivery.MessageId);
                break;
            case InboundOutcome.Unhandled:
                InboundLog.Unhandled(logger, delivery.Service, delivery.RegistrationName, delivery.MessageId);
                break;
        }
    }

    private void Record(string service, string outcome, long started)
    {
        var tags = new TagList { { "service", service }, { "outcome", outcome } };
        MemberCardsTelemetry.InboundMessages.Add(1, tags);
        MemberCardsTelemetry.InboundDuration.Record(time.GetElapsedTime(started).TotalSeconds, tags);
    }
}
