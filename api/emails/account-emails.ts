import type { Locale } from '../../machines/messages/index.ts';
import { escapeHtml, layout } from './html.ts';

export interface Email {
  subject: string;
  text: string;
  html: string;
}

type Kind = 'verify' | 'login' | 'reset' | 'alreadyRegistered';

const copy: Record<
  Locale,
  Record<Kind, { subject: string; intro: string; action: string; outro: string }>
> = {
  fr: {
    verify: {
      subject: 'Confirmez votre adresse e-mail — espace client CERTINOMIS',
      intro:
        'Vous venez de créer votre compte dans l’espace client CERTINOMIS. Confirmez votre adresse e-mail pour pouvoir vous connecter et compléter vos dossiers.',
      action: 'Confirmer mon adresse',
      outro:
        'Ce lien est valable 24 heures. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    },
    login: {
      subject: 'Votre lien de connexion — espace client CERTINOMIS',
      intro:
        'Pour terminer votre connexion à l’espace client CERTINOMIS, cliquez sur le lien ci-dessous. Vous pouvez l’ouvrir sur cet appareil ou sur un autre : la fenêtre où vous avez saisi votre mot de passe se connectera d’elle-même.',
      action: 'Me connecter',
      outro:
        'Ce lien est valable 15 minutes et ne sert qu’une fois. Si vous n’avez pas essayé de vous connecter, changez votre mot de passe.',
    },
    reset: {
      subject: 'Réinitialisation de votre mot de passe — espace client CERTINOMIS',
      intro:
        'Une réinitialisation du mot de passe de votre compte a été demandée. Choisissez un nouveau mot de passe avec le lien ci-dessous.',
      action: 'Choisir un nouveau mot de passe',
      outro:
        'Ce lien est valable 30 minutes et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.',
    },
    alreadyRegistered: {
      subject: 'Vous avez déjà un compte — espace client CERTINOMIS',
      intro:
        'Une inscription a été demandée avec votre adresse, mais vous avez déjà un compte dans l’espace client CERTINOMIS. Connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié.',
      action: 'Aller à l’espace client',
      outro: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    },
  },
  en: {
    verify: {
      subject: 'Confirm your e-mail address — CERTINOMIS client space',
      intro:
        'You have just created your account in the CERTINOMIS client space. Confirm your e-mail address to log in and complete your dossiers.',
      action: 'Confirm my address',
      outro: 'This link is valid for 24 hours. If you did not ask for it, ignore this message.',
    },
    login: {
      subject: 'Your login link — CERTINOMIS client space',
      intro:
        'To finish logging in to the CERTINOMIS client space, follow the link below. You may open it on this device or another one: the window where you typed your password will log in by itself.',
      action: 'Log me in',
      outro:
        'This link is valid for 15 minutes and works once. If you did not try to log in, change your password.',
    },
    reset: {
      subject: 'Reset your password — CERTINOMIS client space',
      intro:
        'A password reset was requested for your account. Choose a new password with the link below.',
      action: 'Choose a new password',
      outro:
        'This link is valid for 30 minutes and works once. If you did not ask for it, ignore this message: your password is unchanged.',
    },
    alreadyRegistered: {
      subject: 'You already have an account — CERTINOMIS client space',
      intro:
        'Someone asked to register with your address, but you already have an account in the CERTINOMIS client space. Log in, or reset your password if you forgot it.',
      action: 'Go to the client space',
      outro: 'If you did not ask for it, ignore this message.',
    },
  },
};

/** One of the account e-mails, with its single call-to-action link. */
export function accountEmail(kind: Kind, link: string, locale: Locale): Email {
  const c = copy[locale][kind];
  return {
    subject: c.subject,
    text: [c.intro, '', `${c.action} : ${link}`, '', c.outro].join('\n'),
    html: layout(
      c.subject,
      [
        `<p>${escapeHtml(c.intro)}</p>`,
        `<p><a href="${escapeHtml(link)}" style="background:#1d4f91;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(c.action)}</a></p>`,
        `<p style="font-size:13px;color:#52606d">${escapeHtml(link)}</p>`,
        `<p>${escapeHtml(c.outro)}</p>`,
      ].join('\n'),
      locale,
    ),
  };
}
