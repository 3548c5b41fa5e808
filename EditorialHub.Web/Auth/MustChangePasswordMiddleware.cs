namespace EditorialHub.Web.Auth;

public static class MustChangePasswordMiddleware
{
    public const string ChangePasswordPath = "/Account/ChangePassword";

    // What a person who must change their password may still reach: the change itself, signing
    // out, and the files the change page needs.
    private static readonly string[] StillAllowed =
        [ChangePasswordPath, "/Account/Logout", "/_framework/", "/_content/", "/health", "/status/", "/app.css", "/favicon"];

    /// <summary>
    /// An issued or reset password must be changed at first sign-in before anything else works
    /// (Điều 10): every other request is sent to the change page.
    /// </summary>
    public static IApplicationBuilder UseMustChangePassword(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (context.User.MustChangePassword()
                && !StillAllowed.Any(allowed => path.StartsWith(allowed, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(ChangePasswordPath);
                return;
            }
            await next(context);
        });
}
