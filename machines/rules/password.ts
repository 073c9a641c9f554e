/**
 * Password policy (NIST SP 800-63B §3.1.1.2): at least 8 characters, at least
 * 64 accepted (we take up to 256), no composition rules, and refuse values
 * known to be common or derived from the account's own e-mail.
 */
export const passwordMinLength = 8;
export const passwordMaxLength = 256;

/** Among the most used passwords in public breach corpora (8+ characters), incl. French ones. */
const common = new Set(
  `password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword 12345678
123456789 1234567890 0123456789 987654321 9876543210 11111111 111111111 00000000 12341234 12344321
87654321 11223344 12121212 13131313 69696969 88888888 99999999 22222222 55555555 66666666 77777777
qwertyuiop qwerty123 qwerty1234 qwertyui 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsxedc
asdfghjkl asdfasdf azertyuiop azerty123 azerty1234 azertyui aaaaaaaa abcd1234 abcdefgh abc12345
iloveyou iloveyou1 sunshine princess football baseball basketball superman batman123 starwars
trustno1 whatever welcome1 welcome123 letmein1 letmein123 changeme monkey123 dragon123 master123
computer internet michelle jennifer jessica1 charlie1 shadow123 freedom1 liverpool chelsea1
arsenal1 manchester marseille olympique parisien psgpsgpsg motdepasse motdepasse1 motdepasse123
bonjour1 bonjour123 soleil123 doudou123 chouchou loulou123 jetaime1 jetaime123 nicolas1 camille1
vacances azerty00 france123 francais marseille13 toulouse31 bordeaux33 lyon69lyon paris2024
paris123 admin123 administrator administrateur root1234 test1234 testtest demo1234 guest1234
certinomis certinomis1 certinomis123 signature docaposte laposte1 omnikles1 secret123 secret1234
mypassword yourpassword newpassword nouveaumdp 0987654321 147258369 159753456 741852963
123qweasd qweasdzxc 1234qwer qwer1234 q1w2e3r4 zxcvbnm1 passpass mot2passe mdp12345 pass1234
lovelove loveyou1 football1 soccer123 hello123 hello1234 summer2024 winter2024 spring2024
autumn2024 summer2025 winter2025 summer2026 winter2026 janvier2026 novembre2026 decembre2026`.split(
    /\s+/,
  ),
);

/** True when the password is in the common list, one character repeated, or a plain digit run. */
export function isCommonPassword(password: string, email?: string): boolean {
  const lower = password.trim().toLowerCase();
  if (common.has(lower)) return true;
  if (/^(.)\1+$/.test(lower)) return true;
  if ('01234567890123456789'.includes(lower) || '98765432109876543210'.includes(lower)) return true;
  if (email) {
    const normalised = email.trim().toLowerCase();
    const local = normalised.split('@')[0] ?? '';
    if (lower === normalised || (local.length >= 4 && lower === local)) return true;
  }
  return false;
}
