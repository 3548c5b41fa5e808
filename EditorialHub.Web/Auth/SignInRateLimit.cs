using System.Threading.RateLimiting;

namespace EditorialHub.Web.Auth;

/// <summary>
/// Sign-in attempts are limited per address (Điều 8: guessing passwords must be slow). The limit
/// is generous because a whole school may sign in from one public address in the morning; the
/// per-account lockout is the finer guard.
/// </summary>
public static class SignInRateLimit
{
    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
        return services;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/Account/Login", StringComparison.OrdinalIgnoreCase);
}
