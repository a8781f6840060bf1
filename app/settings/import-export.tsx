import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from './download.ts';
import { settingsFileName, toSettingsFile } from './settings-file.ts';
import type { SiteSettings } from './site-settings.ts';

interface Props {
  stored: SiteSettings;
  /** Called with the chosen file, or null when none was chosen. */
  onImport: (file: File | null) => void;
  busy: boolean;
}

/** Copy the settings to another tablet: export the saved settings to a file, import one. */
export function ImportExport({ stored, onImport, busy }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const exportFile = () =>
    downloadText(settingsFileName(stored, new Date()), `${JSON.stringify(toSettingsFile(stored), null, 2)}\n`, 'application/json');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onImport(fileInput.current?.files?.[0] ?? null);
  };

  return (
    <section className="settings-section" aria-labelledby="copy-title" data-section="import-export">
      <h2 id="copy-title" className="heading-l">
        {t('settingsArea.copy.title')}
      </h2>
      <p>{t('settingsArea.copy.intro')}</p>
      <h3 className="heading-m">{t('settingsArea.copy.exportTitle')}</h3>
      <p>{t('settingsArea.copy.exportHint')}</p>
      <button type="button" className="button button-secondary" data-action="export-settings" onClick={exportFile}>
        {t('settingsArea.copy.export')}
      </button>
      <form onSubmit={submit} noValidate data-form="import-settings">
        <h3 className="heading-m">{t('settingsArea.copy.importTitle')}</h3>
        <div className="form-group">
          <label className="label" htmlFor="settings-import-file">
            {t('settingsArea.copy.fileLabel')}
          </label>
          <p className="hint" id="settings-import-hint">
            {t('settingsArea.copy.importHint')}
          </p>
          <input
            ref={fileInput}
            id="settings-import-file"
            className="file-input"
            type="file"
            accept="application/json,.json"
            aria-describedby="settings-import-hint"
          />
        </div>
        <button type="submit" className="button button-secondary" data-action="import-settings" aria-disabled={busy || undefined}>
          {t('settingsArea.copy.import')}
        </button>
      </form>
    </section>
  );
}
