using EditorialHub.Core.Board;
using EditorialHub.Core.Data;
using EditorialHub.Web.Auth.SingleSignOn;
using EditorialHub.Web.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EditorialHub.Web.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Identity on the app's database with cookie sign-in; one policy per permission; everything
    /// needs a signed-in person unless it says otherwise.
    /// </summary>
    public static IServiceCollection AddEditorialAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, RevalidatingAuthenticationState>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<Person>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
                configuration.GetSection("Accounts:Password").Bind(options.Password);
                // Wrong passwords slow a sign-in name down instead of locking the account, known
                // and unknown names alike (SignInThrottle; docs/decisions/0008-sign-in-throttling.md).
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<EditorialDbContext>()
            .AddSignInManager<EditorialSignInManager>()
            .AddClaimsPrincipalFactory<PersonClaimsFactory>()
            .AddDefaultTokenProviders();

        // How soon a deactivation, a password change or reset, or a role change reaches a person
        // who is signed in elsewhere: their next request after this long checks the account again.
        var revalidation = TimeSpan.FromSeconds(configuration.GetValue("Accounts:SessionRevalidationSeconds", 60));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = revalidation);
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.Cookie.Name = "EditorialHub.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = true;
            // A signed-in person on a page their roles do not allow gets a 403 page at that
            // address, not a redirect elsewhere (Components/Errors/StatusPage.razor).
            // Signing in on the sign-in page follows its ReturnUrl; only a plain local path, else
            // the home page (a non-ASCII or control character in Location would answer 500).
            options.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(LocalUrl.OrHome(context.RedirectUri));
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // The ticket lives on the server; signing out removes it (DatabaseTicketStore).
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddEditorialDataProtection();

        services.AddScoped<CurrentPerson>();
        services.AddScoped<PasswordCheck>();
        services.AddSignInRateLimit(configuration);
        services.AddEditorialForwardedHeaders(configuration);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser().Build())
            .AddPermissionPolicies();
        services.AddEditorialSingleSignOn(configuration);
        return services;
    }

    private static void AddPermissionPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Enum.GetValues<Permission>())
            builder.AddPolicy(permission.ToString(), policy =>
                policy.RequireAuthenticatedUser().RequireClaim(EditorialClaims.Permission, permission.ToString()));
    }
}
