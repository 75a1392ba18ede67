/**
 * The web app (Javalin): server-rendered pages in Arabic and English, and the health check. Handlers
 * are thin: they read a request, call the store and feature packages, and render a template.
 */
package org.marsad.web;
