import type { Locale } from '../../machines/messages/index.ts';
import { buttonStyle, certinomisBrand, type EmailBrand } from './brand.ts';
import { escapeHtml, layout } from './html.ts';
import { describeOrigin, type RequestOrigin } from './request-origin.ts';

export interface Email {
  subject: string;
  text: string;
  html: string;
}

type Kind = 'verify' | 'login' | 'reset' | 'alreadyRegistered';

/** The copy of each e-mail, naming `brand` (the seller the buyer knows: a reseller, else CERTINOMIS). */
const copy: Record<
  Locale,
  (brand: string) => Record<Kind, { subject: string; intro: string; action: string; outro: string }>
> = {
  fr: (brand) => ({
    verify: {
      subject: `Confirmez votre adresse e-mail — espace client ${brand}`,
      intro: `Vous venez de créer votre compte dans l’espace client ${brand}. Confirmez votre adresse e-mail pour pouvoir vous connecter et compléter vos dossiers.`,
      action: 'Confirmer mon adresse',
      outro:
        'Ce lien est valable 24 heures. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    },
    login: {
      subject: `Votre lien de connexion — espace client ${brand}`,
      intro: `Pour terminer votre connexion à l’espace client ${brand}, cliquez sur le lien ci-dessous. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : la fenêtre où vous avez saisi votre mot de passe se connectera d’elle-même.`,
      action: 'Me connecter',
      outro:
        'Ce lien est valable 15 minutes et ne sert qu’une fois. Vérifiez ci-dessus d’où vient la demande : si ce n’était pas vous, ne cliquez pas sur « Me connecter », utilisez le lien « Ce n’était pas moi » ci-dessous, puis changez votre mot de passe (« Mot de passe oublié ») : quelqu’un le connaît.',
    },
    reset: {
      subject: `Réinitialisation de votre mot de passe — espace client ${brand}`,
      intro:
        'Une réinitialisation du mot de passe de votre compte a été demandée. Choisissez un nouveau mot de passe avec le lien ci-dessous.',
      action: 'Choisir un nouveau mot de passe',
      outro:
        'Ce lien est valable 30 minutes et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    },
    alreadyRegistered: {
      subject: `Vous avez déjà un compte — espace client ${brand}`,
      intro: `Une inscription a été demandée avec votre adresse, mais vous avez déjà un compte dans l’espace client ${brand}. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.`,
      action: 'Aller à l’espace client',
      outro: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    },
  }),
  en: (brand) => ({
    verify: {
      subject: `Confirm your e-mail address — ${brand} client space`,
      intro: `You have just created your account in the ${brand} client space. Confirm your e-mail address to log in and complete your dossiers.`,
      action: 'Confirm my address',
      outro: 'This link is valid for 24 hours. If you did not ask for it, ignore this message.',
    },
    login: {
      subject: `Your login link — ${brand} client space`,
      intro: `To finish logging in to the ${brand} client space, follow the link below. You may open it on this device or another one: the window where you typed your password will log in by itself.`,
      action: 'Log me in',
      outro:
        'This link is valid for 15 minutes and works once. Check above where the request came from: if it was not you, do not click “Log me in”; use the “It was not me” link below, then change your password (“Forgot password”): someone knows it.',
    },
    reset: {
      subject: `Reset your password — ${brand} client space`,
      intro:
        'A password reset was requested for your account. Choose a new password with the link below.',
      action: 'Choose a new password',
      outro:
        'This link is valid for 30 minutes and works once. If you did not ask for it, ignore this message: your password is unchanged.',
    },
    alreadyRegistered: {
      subject: `You already have an account — ${brand} client space`,
      intro: `Someone asked to register with your address, but you already have an account in the ${brand} client space. Log in, or reset your password if you forgot it.`,
      action: 'Go to the client space',
      outro: 'If you did not ask for it, ignore this message.',
    },
  }),
};

const originHeading = {
  fr: 'D’où vient la demande :',
  en: 'Where the request came from:',
};
const deny = {
  fr: {
    label: 'Ce n’était pas moi',
    intro: 'Ce n’était pas vous ? Annulez cette connexion :',
  },
  en: { label: 'It was not me', intro: 'Not you? Cancel this login:' },
};

export interface AccountEmailExtras {
  /** Where and when the request started (login, address confirmation). */
  origin?: RequestOrigin;
  /** The «Ce n'était pas moi» link that cancels this login attempt. */
  denyLink?: string;
  /** The seller the buyer knows (api/emails/brand.ts accountBrand); default CERTINOMIS. */
  brand?: EmailBrand;
}

/** One of the account e-mails, with its call-to-action link (and, for a login, its denial). */
export function accountEmail(
  kind: Kind,
  link: string,
  locale: Locale,
  extras: AccountEmailExtras = {},
): Email {
  const brand = extras.brand ?? certinomisBrand;
  const c = copy[locale](brand.name)[kind];
  const origin = extras.origin ? describeOrigin(extras.origin, locale) : [];
  const sep = locale === 'fr' ? ' : ' : ': ';
  const text = [c.intro, ''];
  if (origin.length > 0) text.push(originHeading[locale], ...origin.map((l) => `- ${l}`), '');
  text.push(`${c.action}${sep}${link}`, '', c.outro);
  if (extras.denyLink) text.push('', `${deny[locale].label}${sep}${extras.denyLink}`);
  const html = [`<p>${escapeHtml(c.intro)}</p>`];
  if (origin.length > 0) {
    html.push(
      `<p>${escapeHtml(originHeading[locale])}</p>`,
      `<ul>${origin.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    );
  }
  html.push(
    `<p><a href="${escapeHtml(link)}" style="${buttonStyle(brand)}">${escapeHtml(c.action)}</a></p>`,
    `<p style="font-size:13px;color:#52606d">${escapeHtml(link)}</p>`,
    `<p>${escapeHtml(c.outro)}</p>`,
  );
  if (extras.denyLink) {
    html.push(
      `<p>${escapeHtml(deny[locale].intro)} <a href="${escapeHtml(extras.denyLink)}" style="color:#b42318;font-weight:bold">${escapeHtml(deny[locale].label)}</a></p>`,
    );
  }
  return {
    subject: c.subject,
    text: text.join('\n'),
    html: layout(c.subject, html.join('\n'), locale, brand),
  };
}
