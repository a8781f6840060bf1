import { useState } from 'react';
import { MonitoringScreen } from '../monitoring/monitoring-screen.tsx';
import { ContactEditorScreen } from './contact-editor-screen.tsx';
import { draftOf } from './settings-draft.ts';
import { SettingsScreen } from './settings-screen.tsx';
import { useSettingsStore } from './settings-store-context.ts';
import type { StaffView } from './staff-view.ts';
import { useSettingsActions, type Flash } from './use-settings-actions.ts';

type Page = { name: 'settings' } | { name: 'contact'; id: string | null } | { name: 'monitoring' };

interface Props {
  initialView: StaffView;
  onLeave: () => void;
}

/**
 * The staff area: site settings, the local contact editor and the monitoring page. The
 * settings form's unsaved typing lives here, so opening a contact and coming back loses none.
 */
export function StaffArea({ initialView, onLeave }: Props) {
  const { stored } = useSettingsStore();
  const [page, setPage] = useState<Page>(initialView === 'monitoring' ? { name: 'monitoring' } : { name: 'settings' });
  const [draft, setDraft] = useState(() => draftOf(stored));
  const [flash, setFlash] = useState<Flash | null>(null);
  const actions = useSettingsActions(setDraft, setFlash);
  const go = (next: Page) => {
    actions.clearReport();
    setFlash(null);
    setPage(next);
  };

  switch (page.name) {
    case 'contact':
      return (
        <ContactEditorScreen
          key={page.id ?? 'new'}
          contactId={page.id}
          actions={actions}
          onDone={() => {
            actions.clearReport();
            setPage({ name: 'settings' });
          }}
        />
      );
    case 'monitoring':
      return <MonitoringScreen onDone={() => go({ name: 'settings' })} />;
    default:
      return (
        <SettingsScreen
          draft={draft}
          onDraft={setDraft}
          flash={flash}
          actions={actions}
          onEditContact={(id) => go({ name: 'contact', id })}
          onMonitoring={() => go({ name: 'monitoring' })}
          onLeave={onLeave}
        />
      );
  }
}
