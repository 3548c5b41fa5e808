// An SMTP sink for the tests: accepts every message on 127.0.0.1:$SMTP_PORT (no TLS, no auth),
// parses it (mailparser decodes RFC 2047 subjects and the body's charset) and prints one line per
// message: "MESSAGE <json>" with the envelope's recipients, the headers' To and the subject.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const port = Number(process.env.SMTP_PORT);
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const message = {
          envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          envelopeFrom: session.envelope.mailFrom && session.envelope.mailFrom.address,
          to: mail.to ? mail.to.value.map((a) => ({ address: a.address, name: a.name })) : [],
          from: mail.from ? mail.from.value.map((a) => ({ address: a.address, name: a.name })) : [],
          subject: mail.subject,
          text: mail.text,
        };
        process.stdout.write('MESSAGE ' + JSON.stringify(message) + '\n');
        callback();
      })
      .catch((error) => callback(error));
  },
});
server.on('error', (error) => console.error('smtp sink error', error));
server.listen(port, '127.0.0.1', () => console.log(`smtp sink listening on ${port}`));
