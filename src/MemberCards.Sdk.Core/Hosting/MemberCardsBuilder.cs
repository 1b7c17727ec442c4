using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk;

/// <summary>The default <see cref="IMemberCardsBuilder"/>.</summary>
internal sealed class MemberCardsBuilder(IServiceCollection services, IConfiguration? configuration) : IMemberCardsBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration? Configuration { get; } = configuration;
}
