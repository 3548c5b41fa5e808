using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;

namespace EditorialHub.Web.Auth;

/// <summary>
/// Password attempts (sign-in and the change-password form) are limited per address and sign-in
/// name, and more loosely per address alone (Điều 8: guessing passwords must be slow). A whole
/// school may sign in from one public address in the morning: one name hammered from there uses up
/// its own budget, not the others'. The address is the connection's, or the one a listed proxy
/// forwarded (ForwardedHeadersSetup). Per name across addresses, SignInThrottle slows guessing down.
/// </summary>
public static class SignInRateLimit
{
    private const string NameItem = "EditorialHub.SignInName";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var perName = configuration.GetValue("Accounts:SignInAttemptsPerMinute", 30);
        var perAddress = configuration.GetValue("Accounts:SignInAttemptsPerMinuteFromOneAddress", 300);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsPasswordAttempt(context.Request)
                        ? PerMinute(AddressOf(context), perAddress)
                        : RateLimitPartition.GetNoLimiter("other")),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsPasswordAttempt(context.Request)
                        ? PerMinute(AddressOf(context) + "\n" + (context.Items[NameItem] as string ?? ""), perName)
                        : RateLimitPartition.GetNoLimiter("other")));
        });
        return services;
    }

    /// <summary>
    /// Reads the sign-in name of a password attempt before the limiter runs (its partition is chosen
    /// synchronously): the form's name at sign-in, the signed-in person's name on the change form.
    /// </summary>
    public static IApplicationBuilder UseSignInRateLimit(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsPasswordAttempt(context.Request))
            {
                var name = context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null;
                if (name is null && context.Request.HasFormContentType)
                    name = (await context.Request.ReadFormAsync(context.RequestAborted))["Input.UserName"].ToString();
                var users = context.RequestServices.GetRequiredService<UserManager<EditorialHub.Core.Board.Person>>();
                context.Items[NameItem] = users.NormalizeName(name?.Trim() ?? "");
            }
            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static RateLimitPartition<string> PerMinute(string key, int limit) =>
        RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsPasswordAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && (request.Path.StartsWithSegments("/Account/Login", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments(MustChangePasswordMiddleware.ChangePasswordPath, StringComparison.OrdinalIgnoreCase));
}
