#!/usr/bin/env bash
# Runs every test of EditorialHub: the core's rules, services on real SQLite, and the journeys
# in Debian's Chromium. Installs the Debian packages the browser tests need when they are missing.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~EndToEnd").
set -euo pipefail
cd "$(dirname "$0")"

missing=()
# poppler-utils: the report tests read the PDFs they make (pdftotext, pdffonts, pdfinfo).
for package in chromium fonts-liberation2 poppler-utils; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "Installing ${missing[*]} (Debian packages) for the browser tests..."
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    else
        echo "The browser tests need: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

# The single sign-on tests run a real OpenID provider (npm oidc-provider) under node on loopback;
# its packages come from the committed package-lock.json.
provider=EditorialHub.Tests/Support/OidcProvider
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "The single sign-on tests need Node.js 20 or later and npm." >&2
    exit 1
fi
[ -d "$provider/node_modules" ] || npm ci --prefix "$provider" --no-audit --no-fund
# The e-mail tests send to a real SMTP server (npm smtp-server, messages parsed by mailparser) on loopback.
smtp_sink=EditorialHub.Tests/Support/SmtpSink
[ -d "$smtp_sink/node_modules" ] || npm ci --prefix "$smtp_sink" --no-audit --no-fund

# The code's layout and style as .editorconfig says (a difference fails the run; `dotnet format
# EditorialHub.sln` fixes it). It builds the solution, so the tests below reuse that build.
dotnet format EditorialHub.sln --verify-no-changes

rm -f TestResults/results.trx
dotnet test EditorialHub.sln --logger "trx;LogFileName=results.trx" --results-directory TestResults "$@"
