import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashScreen } from '../screens/crash-screen.tsx';

interface Props {
  children: ReactNode;
  /** Wipes and starts again; "try again" keeps the answers, which live outside this boundary. */
  onRestart: () => void;
}

/** A screen that fails to render shows a plain recovery screen; the journey and its answers are kept. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No telemetry leaves the device; the console is for whoever is debugging on it.
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <CrashScreen
        onRetry={() => this.setState({ failed: false })}
        onRestart={() => {
          this.props.onRestart();
          this.setState({ failed: false });
        }}
      />
    );
  }
}
