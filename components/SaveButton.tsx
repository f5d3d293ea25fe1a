import { Component } from 'preact';
import type { SaveReply, StudyStatus } from '@/utils/messages/study';

/** How a view talks to the study list's owner (the background). */
export interface StudyClient {
  status(termId: string): Promise<StudyStatus>;
  save(termId: string, confirmPrivate: boolean): Promise<SaveReply>;
  unsave(termId: string): Promise<unknown>;
  /** Whether the view already knows it is in a private window (`extension.inIncognitoContext`): the note is
   * then there from the first paint instead of arriving with the status and pushing the controls below it down
   * a line under the reader's pointer. The status reply still decides. */
  private?: boolean;
}

const PRIVATE_NOTE = 'Private window: nothing is saved unless you confirm.';

const NOTES: Partial<Record<SaveReply, string>> = {
  'private: confirm first': 'This is a private window: press again to save it anyway.',
  'list full': 'The study list is full: remove some entries first.',
  'not an entry': 'This term cannot be saved.',
};

interface State {
  saved: boolean;
  isPrivate: boolean;
  note: string;
  /** The last press met a private window: the next one confirms. */
  confirming: boolean;
}

/**
 * "Save to study list", pressed when the term is saved; in a private window it says why nothing is saved yet.
 * A class, not hooks: the bubble module carries no preact/hooks (about 3 KB of its size budget).
 */
export class SaveButton extends Component<
  {
    termId: string;
    client: StudyClient;
    /** In a passage, which of its terms the button saves (its accessible name adds it after the visible label). */
    termName?: string;
  },
  State
> {
  override state: State = {
    saved: false,
    isPrivate: this.props.client.private === true,
    note: this.props.client.private === true ? PRIVATE_NOTE : '',
    confirming: false,
  };
  private live = true;

  override componentDidMount() {
    this.props.client.status(this.props.termId).then(
      (s) => {
        if (!this.live) return;
        const note = s.private && !s.saved ? PRIVATE_NOTE : '';
        this.setState({ saved: s.saved, isPrivate: s.private, note });
      },
      () => undefined,
    );
  }

  override componentWillUnmount() {
    this.live = false;
  }

  private async toggle() {
    const { termId, client } = this.props;
    try {
      if (this.state.saved) {
        await client.unsave(termId);
        this.setState({ saved: false, note: 'Removed from the study list.' });
        return;
      }
      const reply = await client.save(termId, this.state.confirming);
      const ok = reply === 'saved' || reply === 'updated';
      const done = this.state.isPrivate
        ? 'Saved, although this window is private.'
        : 'Saved to your study list.';
      this.setState({
        saved: ok,
        confirming: reply === 'private: confirm first',
        note: ok ? done : (NOTES[reply] ?? ''),
      });
    } catch {
      this.setState({ note: 'Could not reach the study list; try again.' });
    }
  }

  override render() {
    const { saved, note } = this.state;
    const noteId = `il-save-note-${this.props.termId}`;
    return (
      <p class="save-row">
        <button
          type="button"
          class="save"
          data-save
          aria-pressed={saved ? 'true' : 'false'}
          aria-label={this.props.termName ? `Save to study list: ${this.props.termName}` : undefined}
          aria-describedby={note ? noteId : undefined}
          onClick={() => void this.toggle()}
        >
          Save to study list
        </button>{' '}
        <span id={noteId} class="save-note" role="status">
          {note}
        </span>
      </p>
    );
  }
}
