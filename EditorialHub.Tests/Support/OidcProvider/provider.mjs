// A real OpenID provider (npm oidc-provider) on 127.0.0.1 for EditorialHub's single sign-on tests.
//
// Settings come from the environment, so the tests can start it without a config file:
//   OIDC_PORT            port to listen on (127.0.0.1 only)
//   OIDC_CLIENT_ID       the one client, EditorialHub
//   OIDC_CLIENT_SECRET   its secret (client_secret_basic or client_secret_post)
//   OIDC_REDIRECT_URI    EditorialHub's /signin-oidc address
//   OIDC_ACCOUNTS        JSON array of test accounts: [{ "sub": "...", "email": "...", "name": "..." }]
//
// There is no sign-in page: the interaction signs in the account chosen beforehand through
// POST /__test/next-login { "email": ... } and grants the requested scopes, so a test drives the
// whole browser round trip without typing into a provider's form.
//
// POST /__test/misbehave { "idToken": "..." } makes the next token responses carry an ID token that
// EditorialHub must refuse, re-signed with the provider's own key so that only the property under
// test is wrong:
//   "wrong-audience"  aud is another client
//   "expired"         exp (and iat) an hour in the past
//   "bad-signature"   one byte of the signature flipped
//   "none"            well-behaved again (the default)
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const clientId = process.env.OIDC_CLIENT_ID;
const clientSecret = process.env.OIDC_CLIENT_SECRET;
const redirectUri = process.env.OIDC_REDIRECT_URI;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '[]');
if (!port || !clientId || !clientSecret || !redirectUri) {
  console.error('Set OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_REDIRECT_URI.');
  process.exit(2);
}

const issuer = `http://127.0.0.1:${port}`;

// A fresh signing key per run; kept here too so the misbehaving modes can re-sign with it.
const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingJwk = { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };

let nextLogin = accounts[0]?.email;
let idTokenMode = 'none';

const findByEmail = (email) =>
  accounts.find((account) => account.email.toLowerCase() === String(email).toLowerCase());

const provider = new Provider(issuer, {
  clients: [{
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [signingJwk] },
  // Every client must use PKCE here, so a regression that drops it fails the success test.
  pkce: { required: () => true },
  // Put the scopes' claims (email) in the ID token itself, as Google Workspace does; by default
  // oidc-provider keeps them for the userinfo endpoint only.
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  findAccount: async (_ctx, sub) => {
    const account = accounts.find((candidate) => candidate.sub === sub);
    if (!account) return undefined;
    return {
      accountId: account.sub,
      claims: async () => ({ sub: account.sub, email: account.email, email_verified: true, name: account.name }),
    };
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  renderError: async (ctx, out) => {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = `${out.error}: ${out.error_description ?? ''}`;
  },
});

const readJson = async (req) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
};

const base64url = (buffer) => Buffer.from(buffer).toString('base64url');

function misbehave(idToken) {
  const [header, payload, signature] = idToken.split('.');
  if (idTokenMode === 'bad-signature') {
    const bytes = Buffer.from(signature, 'base64url');
    bytes[bytes.length - 1] ^= 0x01;
    return `${header}.${payload}.${base64url(bytes)}`;
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const now = Math.floor(Date.now() / 1000);
  if (idTokenMode === 'wrong-audience') {
    claims.aud = 'another-client';
    claims.azp = 'another-client';
  } else if (idTokenMode === 'expired') {
    claims.iat = now - 7200;
    claims.exp = now - 3600;
  }
  const signingInput = `${header}.${base64url(JSON.stringify(claims))}`;
  const resigned = crypto.sign('sha256', Buffer.from(signingInput), privateKey);
  return `${signingInput}.${base64url(resigned)}`;
}

provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && ctx.path === '/__test/next-login') {
    nextLogin = (await readJson(ctx.req)).email;
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'POST' && ctx.path === '/__test/misbehave') {
    idTokenMode = (await readJson(ctx.req)).idToken ?? 'none';
    ctx.status = 204;
    return;
  }
  if (ctx.method === 'GET' && ctx.path.startsWith('/interaction/')) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.prompt.name === 'login') {
      const account = findByEmail(nextLogin);
      if (!account) {
        ctx.status = 400;
        ctx.body = `No test account ${nextLogin}.`;
        return;
      }
      await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.sub } });
    } else {
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
      grant.addOIDCScope(details.params.scope);
      await provider.interactionFinished(ctx.req, ctx.res, { consent: { grantId: await grant.save() } });
    }
    ctx.respond = false;
    return;
  }

  await next();

  if (ctx.path === '/token' && idTokenMode !== 'none' && ctx.body && typeof ctx.body.id_token === 'string') {
    ctx.body = { ...ctx.body, id_token: misbehave(ctx.body.id_token) };
  }
});

provider.listen(port, '127.0.0.1', () => {
  // The tests wait for this line before they start EditorialHub.
  console.log(`oidc-provider listening on ${issuer}`);
});
