package org.socle.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay in front of the application that a test can cut, so that the network really
 * fails for the page and for its service worker alike. DevTools' network emulation
 * ({@code Network.emulateNetworkConditions}) applies to the page it is sent to (it makes
 * {@code navigator.onLine} false and the page's own requests fail), but not to the
 * fetches of the service worker, which would then quietly reach the server.
 */
final class Relay implements AutoCloseable {

	private final ServerSocket server;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean up = true;

	Relay(int target) {
		this.target = target;
		try {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread accept = new Thread(this::accept, "relay-" + this.server.getLocalPort());
		accept.setDaemon(true);
		accept.start();
	}

	/**
	 * The origin to open pages at ({@code localhost} is a secure context for workers).
	 */
	String origin() {
		return "http://localhost:" + this.server.getLocalPort();
	}

	/** The network goes: open connections are dropped, new ones closed at once. */
	void cut() {
		this.up = false;
		this.open.forEach(Relay::closeQuietly);
		this.open.clear();
	}

	void restore() {
		this.up = true;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.server);
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.up) {
					client.setSoLinger(true, 0);
					client.close();
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.open.add(client);
				this.open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// the server socket closed, or one connection failed: the browser sees a
				// network error
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try {
				from.getInputStream().transferTo(to.getOutputStream());
			}
			catch (IOException ex) {
				// cut
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.open.remove(from);
				this.open.remove(to);
			}
		});
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
