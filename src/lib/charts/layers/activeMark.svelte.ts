/**
 * Which mark a chart is pointing at: the one under the pointer or, failing that, the one with
 * keyboard focus (its tooltip stays while the pointer wanders off elsewhere). Shared by every chart
 * whose marks take both pointer and focus.
 */
export class ActiveMark {
	/** The mark whose tooltip shows. */
	active = $state<string | null>(null);
	/** The mark that last had keyboard focus: the one Tab returns to. */
	focused = $state<string | null>(null);

	set(key: string | null, via: 'pointer' | 'focus') {
		if (key) {
			this.active = key;
			if (via === 'focus') this.focused = key;
		} else if (via === 'pointer' || this.active === this.focused) {
			this.active = null;
		}
	}
}
