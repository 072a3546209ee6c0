// Ports on this machine for the app under test and the benchmarks' preview server.
import { createServer } from 'node:net';

/** Whether something on this machine already listens on `port`. */
export function portTaken(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(true));
		server.listen(port, () => server.close(() => resolve(false)));
	});
}

/** A port nothing listens on now, chosen by the system. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}
