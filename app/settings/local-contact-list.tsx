import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getOrganisation } from '../../rules/index.ts';
import { routeKey } from '../i18n/keys.ts';
import type { LocalContact } from './site-settings.ts';

interface Props {
  contacts: readonly LocalContact[];
  onAdd: () => void;
  onEdit: (id: string) => void;
  /** Removes and stores at once; only after a second, explicit confirmation. */
  onRemove: (id: string) => void;
  busy: boolean;
}

/** The site's local contacts: what each is, which routes it serves, and Change / Remove. */
export function LocalContactList({ contacts, onAdd, onEdit, onRemove, busy }: Props) {
  const { t } = useTranslation(['common', 'routes']);
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="settings-section" aria-labelledby="contacts-title" data-section="local-contacts">
      <h2 id="contacts-title" className="heading-l">
        {t('settingsArea.contacts.title')}
      </h2>
      <p>{t('settingsArea.contacts.intro')}</p>
      {contacts.length === 0 ? (
        <p className="hint">{t('settingsArea.contacts.none')}</p>
      ) : (
        <ul className="contact-list">
          {contacts.map((contact) => (
            <li key={contact.id} className="contact-item" data-contact-id={contact.id}>
              <h3 className="heading-s">{contact.name}</h3>
              <dl className="contact-facts">
                {contact.phone && <Fact term={t('settingsArea.field.phone')} value={contact.phone} />}
                {contact.web && <Fact term={t('settingsArea.field.web')} value={contact.web} />}
                {contact.slot && <Fact term={t('settingsArea.field.slot')} value={getOrganisation(contact.slot).name} />}
                <Fact term={t('settingsArea.field.routes')} value={contact.routes.map((r) => t(routeKey(r, 'title'), { ns: 'routes' })).join('; ')} />
              </dl>
              {confirming === contact.id ? (
                <div className="confirm-box" role="group" aria-labelledby={`remove-${contact.id}`}>
                  <p id={`remove-${contact.id}`}>
                    <strong>{t('settingsArea.contacts.removeQuestion', { name: contact.name })}</strong>
                  </p>
                  <div className="button-group">
                    <button type="button" className="button button-warning" data-action="confirm-remove" disabled={busy} onClick={() => onRemove(contact.id)}>
                      {t('settingsArea.contacts.removeYes')}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                      {t('settingsArea.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <p className="contact-actions">
                  <button type="button" className="link-button" data-action="edit-contact" onClick={() => onEdit(contact.id)}>
                    {t('settingsArea.contacts.change')}
                    <span className="visually-hidden"> {contact.name}</span>
                  </button>
                  <button type="button" className="link-button" data-action="remove-contact" onClick={() => setConfirming(contact.id)}>
                    {t('settingsArea.contacts.remove')}
                    <span className="visually-hidden"> {contact.name}</span>
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-secondary" data-action="add-contact" onClick={onAdd}>
        {t('settingsArea.contacts.add')}
      </button>
    </section>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="contact-fact">
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
