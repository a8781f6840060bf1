import { useTranslation } from 'react-i18next';
import type { Nation } from '../../rules/index.ts';
import { routeKey } from '../i18n/keys.ts';
import { routeView } from '../outcome/route-view.ts';
import { LegalBasis } from './legal-basis.tsx';
import { OrgCard } from './org-card.tsx';

interface Props {
  id: string;
  nation: Nation;
  today: Date;
}

/** One likely route: what it means, who acts, the law for the nation, and who can help. */
export function RouteCard({ id, nation, today }: Props) {
  const { t, i18n } = useTranslation(['routes', 'common']);
  const view = routeView(id, nation);
  const nationMeaning = routeKey(id, `meaning_${nation}`);
  const meaning = i18n.exists(nationMeaning, { ns: 'routes' }) ? nationMeaning : routeKey(id, 'meaning');
  const note = routeKey(id, 'note');
  const titleId = `route-${id}-title`;
  return (
    <article className="route-card" data-route-id={id} aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        {t(routeKey(id, 'title'))}
      </h3>
      <p>{t(meaning)}</p>
      {i18n.exists(note, { ns: 'routes' }) && <p>{t(note)}</p>}
      <p>
        <strong>{t('outcome.whoActs', { ns: 'common' })}:</strong> {t(routeKey(id, 'whoActs'))}
      </p>
      {view.adviserShouldConfirm && (
        <p className="confidence-note" data-confidence={view.confidence}>
          {t('outcome.confidenceNote', { ns: 'common' })}
        </p>
      )}
      <LegalBasis sources={view.sources} nation={nation} nonStatutory={view.nonStatutory} />
      <p className="org-list-title">
        <strong>{t('outcome.signpostsTitle', { ns: 'common' })}</strong>
      </p>
      <ul className="org-list">
        {view.organisations.map((org) => (
          <OrgCard key={org.id} org={org} today={today} />
        ))}
      </ul>
    </article>
  );
}
