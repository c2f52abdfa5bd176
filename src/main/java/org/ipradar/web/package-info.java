/** The web layer: the JSON API and the server-rendered pages, thin over search and the store. */
package org.ipradar.web;
