namespace EditorialHub.Core.Notifications.Email;

/// <summary>
/// The school's mail server (appsettings.json "Email"). None by default: with no host, notifications
/// stay in the app only.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The SMTP server, e.g. smtp.gmail.com; empty turns e-mail off.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 587;
    /// <summary>STARTTLS; off only for a server on the school's own network or a test sink.</summary>
    public bool EnableSsl { get; set; } = true;
    public string UserName { get; set; } = "";
    public string Password { get; set; } = "";
    /// <summary>The sender's address, e.g. bbt@thpt-lequydon.edu.vn.</summary>
    public string From { get; set; } = "";
    public string FromName { get; set; } = "Ban Biên tập Cổng thông tin điện tử";
    /// <summary>The app's address as people open it (https://…), for the link in each message; no link when empty.</summary>
    public string AppAddress { get; set; } = "";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
