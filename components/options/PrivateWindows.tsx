/** How ImmunoLens treats private windows, on the options page (the README says the same). */
export function PrivateWindows() {
  return (
    <fieldset class="private-windows">
      <legend>Private windows</legend>
      <p>
        ImmunoLens works in private windows only if you allow it there (your browser’s extension settings).
        When it does, it leaves nothing behind:
      </p>
      <ul>
        <li>Lookups in a private window are not added to the lookup history.</li>
        <li>Saving a term to the study list from a private window asks you first.</li>
        <li>
          The full view page opened from a private window gets the selected text directly, not in its address,
          so the text is not kept in the browser’s history even where the page opens in a normal window
          (Chrome opens extension pages in a normal window).
        </li>
      </ul>
    </fieldset>
  );
}
