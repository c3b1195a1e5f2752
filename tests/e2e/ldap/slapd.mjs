// A real OpenLDAP server (Debian's slapd) for the end-to-end tests: a seeded directory on two
// loopback ports (ldap:// and ldaps://) with the certificate it is given. The same directory
// as tests/it/ldap.rs: alice in eng, the service account cn=rulebook.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

export const BASE = 'dc=corp,dc=example';

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const open = (port) => new Promise((resolve) => {
  const c = connect(port, '127.0.0.1', () => { c.destroy(); resolve(true); });
  c.on('error', () => resolve(false));
});

function seed(servicePassword) {
  const person = (uid, cn, pw) => `dn: uid=${uid},ou=people,${BASE}\nobjectClass: inetOrgPerson\nuid: ${uid}\ncn: ${cn}\nsn: ${cn}\nmail: ${uid}@corp.example\nuserPassword: ${pw}\n\n`;
  return [
    `dn: ${BASE}\nobjectClass: dcObject\nobjectClass: organization\no: Corp\ndc: corp\n\n`,
    ...['people', 'groups', 'services'].map((ou) => `dn: ou=${ou},${BASE}\nobjectClass: organizationalUnit\nou: ${ou}\n\n`),
    `dn: cn=rulebook,ou=services,${BASE}\nobjectClass: person\ncn: rulebook\nsn: service\nuserPassword: ${servicePassword}\n\n`,
    person('alice', 'Alice Liddell', 'alice directory pw'),
    `dn: cn=eng,ou=groups,${BASE}\nobjectClass: groupOfNames\ncn: eng\nmember: uid=alice,ou=people,${BASE}\n\n`,
  ].join('');
}

/// Starts slapd in `dir` with `tls/cert.pem` and `tls/key.pem`; answers its ports and `stop`.
export async function startSlapd(dir, tls, servicePassword) {
  if (!existsSync('/usr/sbin/slapd')) throw new Error('slapd is not installed (apt-get install slapd ldap-utils; .ci/run does)');
  mkdirSync(join(dir, 'db'), { recursive: true });
  writeFileSync(join(dir, 'slapd.conf'), [
    'include /etc/ldap/schema/core.schema', 'include /etc/ldap/schema/cosine.schema', 'include /etc/ldap/schema/inetorgperson.schema',
    `pidfile ${dir}/slapd.pid`, 'modulepath /usr/lib/ldap', 'moduleload back_mdb',
    `TLSCertificateFile ${tls}/cert.pem`, `TLSCertificateKeyFile ${tls}/key.pem`,
    'database mdb', 'maxsize 10485760', `suffix "${BASE}"`, `rootdn "cn=admin,${BASE}"`, 'rootpw rootsecret', `directory ${dir}/db`,
    'access to attrs=userPassword by anonymous auth by * none', 'access to * by users read by * none', '',
  ].join('\n'));
  writeFileSync(join(dir, 'seed.ldif'), seed(servicePassword));
  const added = spawnSync('/usr/sbin/slapadd', ['-f', 'slapd.conf', '-l', 'seed.ldif'], { cwd: dir, encoding: 'utf8' });
  if (added.status !== 0) throw new Error(`slapadd: ${added.stderr}`);
  const [plain, secure] = [await freePort(), await freePort()];
  let child = null;
  const run = async () => {
    child = spawn('/usr/sbin/slapd', ['-f', 'slapd.conf', '-h', `ldap://127.0.0.1:${plain}/ ldaps://127.0.0.1:${secure}/`, '-d', '0'],
      { cwd: dir, stdio: 'ignore' });
    for (let i = 0; i < 400 && !(await open(secure)); i += 1) await new Promise((r) => setTimeout(r, 50));
  };
  await run();
  return {
    plain, secure,
    async stop() { if (child) { child.kill('SIGKILL'); await new Promise((r) => child.once('exit', r)); child = null; } },
    start: run,
  };
}
