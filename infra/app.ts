#!/usr/bin/env node
import { createApp } from './app-factory';

createApp().app.synth();
