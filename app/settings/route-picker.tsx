import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../rules/index.ts';
import { groupKey, routeKey } from '../i18n/keys.ts';
import { GROUP_ORDER } from '../outcome/group-routes.ts';

interface Props {
  chosen: readonly string[];
  onChange: (routes: string[]) => void;
  error?: string;
}

/** Which routes a local contact serves, by their titles, grouped as on the outcome. */
export function RoutePicker({ chosen, onChange, error }: Props) {
  const { t } = useTranslation(['common', 'routes']);
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen.filter((r) => r !== id), id] : chosen.filter((r) => r !== id));
  return (
    <div className={`form-group${error ? ' form-group-error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={`contact-routes-hint${error ? ' contact-routes-error' : ''}`}>
        <legend className="fieldset-legend">
          <h2 className="heading-m">{t('settingsArea.field.routes')}</h2>
        </legend>
        <p className="hint" id="contact-routes-hint">
          {t('settingsArea.hint.routes')}
        </p>
        {error && (
          <p className="error-message" id="contact-routes-error">
            {error}
          </p>
        )}
        {GROUP_ORDER.map((group) => (
          <fieldset key={group} className="fieldset route-picker-group">
            <legend className="fieldset-legend label">{t(groupKey(group))}</legend>
            <div className="choices choices-checkbox choices-compact">
              {ROUTES.filter((route) => route.group === group).map((route) => {
                const id = `contact-route-${route.id}`;
                return (
                  <div className="choice" key={route.id}>
                    <input
                      className="choice-input"
                      id={id}
                      type="checkbox"
                      name="contact-routes"
                      value={route.id}
                      checked={chosen.includes(route.id)}
                      aria-invalid={error ? true : undefined}
                      onChange={(event) => toggle(route.id, event.target.checked)}
                    />
                    <label className="choice-label" htmlFor={id}>
                      {t(routeKey(route.id, 'title'), { ns: 'routes' })}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}
