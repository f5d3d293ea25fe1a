/** Said once, in the popup and on the lookup page. */
export function Disclaimer() {
  return <p class="disclaimer">ImmunoLens explains terms; it does not give medical advice.</p>;
}
