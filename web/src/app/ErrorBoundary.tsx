import { Component, type ReactNode } from 'react';
import { StatusMessage } from '../ui/StatusMessage.tsx';

interface Props {
  children: ReactNode;
  /** When this changes (another company or view), the boundary tries again. */
  resetKey: string;
}

interface State {
  error: Error | null;
  resetKey: string;
}

/** A rendering bug shows what broke instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <StatusMessage kind="error" title="This view could not be drawn">
          {this.state.error.message}. Try another view or reload the page.
        </StatusMessage>
      );
    }
    return this.props.children;
  }
}
